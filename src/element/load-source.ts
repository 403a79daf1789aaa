/** Fetching a `src` document: every way it can fail becomes a LoadError with a reader-facing reason. */

export const LOAD_FAILURES = ['network', 'http', 'not-json', 'empty', 'timeout'] as const;
export type LoadFailure = (typeof LOAD_FAILURES)[number];

export class LoadError extends Error {
  constructor(
    readonly failure: LoadFailure,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'LoadError';
  }
}

export const DEFAULT_TIMEOUT_MS = 15_000;

/** Aborts when `outer` aborts or `ms` pass; `isTimedOut` tells which. */
function withTimeout(outer: AbortSignal, ms: number) {
  const controller = new AbortController();
  let timedOut = false;
  const abort = () => controller.abort(outer.reason);
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException('timed out', 'TimeoutError'));
  }, ms);
  if (outer.aborted) abort();
  else outer.addEventListener('abort', abort, { once: true });
  return {
    signal: controller.signal,
    isTimedOut: () => timedOut,
    dispose() {
      clearTimeout(timer);
      outer.removeEventListener('abort', abort);
    },
  };
}

/**
 * Fetches and parses a JSON document. Rejects with the caller's abort reason when `signal`
 * aborts (a newer `src`, or the element leaving the page), and with a LoadError otherwise.
 */
export async function fetchJson(url: string, signal: AbortSignal, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<unknown> {
  const deadline = withTimeout(signal, timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: deadline.signal, headers: { Accept: 'application/json' } });
    } catch (error) {
      throw deadline.isTimedOut() ? timeoutError(url, timeoutMs) : signal.aborted ? error : networkError(url);
    }
    if (!response.ok) {
      throw new LoadError('http', `The timeline data at ${url} could not be loaded (HTTP ${response.status}).`, response.status);
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      throw deadline.isTimedOut() ? timeoutError(url, timeoutMs) : signal.aborted ? error : networkError(url);
    }
    if (text.trim() === '') throw new LoadError('empty', `The timeline data at ${url} is empty.`);
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new LoadError('not-json', `The timeline data at ${url} is not valid JSON.`);
    }
  } finally {
    deadline.dispose();
  }
}

function networkError(url: string): LoadError {
  return new LoadError('network', `The timeline data at ${url} could not be reached.`);
}

function timeoutError(url: string, ms: number): LoadError {
  const limit = ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`;
  return new LoadError('timeout', `The timeline data at ${url} took longer than ${limit} to load.`);
}
