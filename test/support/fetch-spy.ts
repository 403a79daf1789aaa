/**
 * Records every request the page makes through `window.fetch`, so a test can wait on the
 * requests themselves (sent, answered, aborted) instead of sleeping. `hold` may delay one.
 */
export type Hold = (url: string, signal: AbortSignal | undefined) => Promise<void>;

export interface RecordedRequest {
  url: string;
  /** Settles when the element's own request does: answered, failed or aborted. */
  response: Promise<Response>;
}

const realFetch = window.fetch;

/** Replaces window.fetch with a recording wrapper until `restoreFetch()` (call it in afterEach). */
export function recordFetches(hold: Hold = () => Promise.resolve()): RecordedRequest[] {
  const requests: RecordedRequest[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    const response = hold(url, init?.signal ?? undefined).then(() => realFetch.call(window, input, init));
    requests.push({ url, response });
    return response;
  };
  return requests;
}

export function restoreFetch(): void {
  window.fetch = realFetch;
}

/** A server that never answers: the request goes out only once it is aborted, and so fails. */
export const untilAborted: Hold = (_url, signal) =>
  new Promise((resolve) => signal?.addEventListener('abort', () => resolve(), { once: true }));

/** A promise and the function that resolves it. */
export function gate(): { opened: Promise<void>; open: () => void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}
