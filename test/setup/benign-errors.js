// Loaded before the test framework on every test page (web-test-runner.config.mjs).
// "ResizeObserver loop completed with undelivered notifications" is the engines' report that
// they left some size notifications for the next frame; nothing is lost. The element's own
// observers no longer cause it (the stage is observed on its border box, the host's width is
// applied a frame later, the popover is placed again a frame after its size changes); an
// engine may still report it now and then on a busy machine. It is not a test failure; any
// other error still is.
window.addEventListener(
  'error',
  (event) => {
    if (String(event.message).startsWith('ResizeObserver loop')) event.stopImmediatePropagation();
  },
  true,
);
