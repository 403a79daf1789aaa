// Runs before the bundle (module scripts run in order): ?lang=fr&src=/… set the page's
// language and the story, so one page serves every case of test/system/bundle.test.ts.
const query = new URLSearchParams(location.search);
document.documentElement.lang = query.get('lang') ?? 'en';
document.querySelector('news-timeline').setAttribute('src', query.get('src') ?? '/data/north-korea-talks.json');

// What the element warns about, for the tests to read (the console is the page's own).
window.ntWarnings = [];
const warn = console.warn.bind(console);
console.warn = (...args) => {
  window.ntWarnings.push(args.map(String).join(' '));
  warn(...args);
};

// What each nt-load reported (it may fire before a test gets hold of the element).
window.ntLoads = [];
document.addEventListener('nt-load', (event) => window.ntLoads.push(event.detail));

// And each nt-error.
window.ntErrors = [];
document.addEventListener('nt-error', (event) => window.ntErrors.push(event.detail));
