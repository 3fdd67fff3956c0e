// The Ledgerline API as the dashboard uses it: GraphQL over HTTP for queries, graphql-transport-ws for the live ticker,
// and links to the CSV/XLSX exports. The browser's session cookie (from the sign-in form) authenticates every call;
// POSTs also carry the CSRF token that the server hands out in the XSRF-TOKEN cookie.

/** Every address is relative to the page (/dashboard/), so the app may live under a context path. */
const appUrl = (path) => new URL(`../${path}`, document.baseURI);

/** A GraphQL error answer: `code` is the first error's code (FORBIDDEN, INVALID_PERIOD, ...). */
export class ApiError extends Error {
  constructor(errors) {
    super(errors.map((error) => error.message).join(' '));
    this.errors = errors;
    this.code = errorCode(errors[0]);
  }

  get forbidden() {
    return this.code === 'FORBIDDEN';
  }
}

function errorCode(error) {
  const extensions = error?.extensions ?? {};
  return extensions.code ?? extensions.classification ?? 'ERROR';
}

function csrfToken() {
  const cookie = document.cookie.split('; ').find((entry) => entry.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

/** Sends the browser back to the sign-in form, which returns here afterwards. */
export function signInAgain() {
  window.location.assign(appUrl('login'));
}

/** Runs one GraphQL operation; resolves to its `data`, or rejects with an ApiError. */
export async function graphql(query, variables = {}) {
  const response = await fetch(appUrl('graphql'), {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken() },
    body: JSON.stringify({ query, variables }),
  });
  if (response.status === 401) {
    signInAgain();
    throw new ApiError([{ message: 'Your session has ended; please sign in again.', extensions: { code: 'UNAUTHENTICATED' } }]);
  }
  if (!response.ok) {
    throw new ApiError([{ message: `The server answered ${response.status}.`, extensions: { code: `HTTP_${response.status}` } }]);
  }
  const body = await response.json();
  if (body.errors?.length) {
    throw new ApiError(body.errors);
  }
  return body.data;
}

/** Signs out (a POST, so it needs the CSRF token) and goes to the sign-in form. */
export async function signOut() {
  await fetch(appUrl('logout'), { method: 'POST', credentials: 'same-origin', headers: { 'X-XSRF-TOKEN': csrfToken() } });
  window.location.assign(appUrl('login?logout'));
}

/** The address of an export: /api/reports/{report}.{format}?from=..&to=..&... */
export function exportUrl(report, format, parameters) {
  const url = appUrl(`api/reports/${report}.${format}`);
  Object.entries(parameters).forEach(([name, value]) => url.searchParams.set(name, value));
  return url.toString();
}

/**
 * Subscribes to a GraphQL subscription over the graphql-transport-ws protocol and keeps it up: after a dropped
 * connection it reconnects, waiting longer each time (1 s, 2 s, 4 s ... at most 30 s). A refusal (an error message
 * from the server, e.g. FORBIDDEN) ends it for good. Returns a function that closes it.
 *
 * handlers: onData(data), onError(ApiError), onStatus('connecting' | 'live' | 'reconnecting').
 */
export function subscribe(query, { onData, onError, onStatus }) {
  let socket;
  let retryDelay = 1000;
  let stopped = false;

  const connect = () => {
    onStatus('connecting');
    const url = appUrl('graphql');
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    socket = new WebSocket(url, 'graphql-transport-ws');
    const send = (message) => socket.send(JSON.stringify(message));

    socket.onopen = () => send({ type: 'connection_init' });
    socket.onmessage = (event) => {
      const message = JSON.parse(event.data);
      switch (message.type) {
        case 'connection_ack':
          retryDelay = 1000;
          onStatus('live');
          send({ id: 'subscription', type: 'subscribe', payload: { query } });
          break;
        case 'ping':
          send({ type: 'pong' });
          break;
        case 'next':
          if (message.payload.errors?.length) {
            stop();
            onError(new ApiError(message.payload.errors));
          } else {
            onData(message.payload.data);
          }
          break;
        case 'error':
          stop();
          onError(new ApiError(message.payload));
          break;
        default:
          break;
      }
    };
    socket.onclose = () => {
      if (!stopped) {
        onStatus('reconnecting');
        setTimeout(connect, retryDelay);
        retryDelay = Math.min(retryDelay * 2, 30000);
      }
    };
  };

  const stop = () => {
    stopped = true;
    socket?.close();
  };

  connect();
  return stop;
}
