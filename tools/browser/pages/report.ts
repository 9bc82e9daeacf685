// How a page tells the test what happened: window.__wampResult (or __wampError) and the title.
declare global {
  interface Window {
    __wampResult?: unknown;
    __wampError?: string;
  }
}

/** The router's WebSocket URL, from the page's `?router=` query. */
export function routerUrl(): string {
  const url = new URLSearchParams(location.search).get('router');
  if (url === null) throw new Error('the page needs ?router=ws://…');
  return url;
}

/** The page query parameter `name`, or throws. */
export function param(name: string): string {
  const value = new URLSearchParams(location.search).get(name);
  if (value === null) throw new Error(`the page needs ?${name}=`);
  return value;
}

export function report(run: () => Promise<unknown>): void {
  run().then(
    (result) => {
      window.__wampResult = result;
      document.title = 'done';
    },
    (error: unknown) => {
      window.__wampError = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      document.title = 'failed';
    },
  );
}
