// The dashboard's only source: the GraphQL API, over HTTP for queries and over a WebSocket
// (graphql-transport-ws) for subscriptions. Requests ride on the browser's session (the sign-in form's
// cookie); state-changing requests carry the CSRF token from the XSRF-TOKEN cookie as X-XSRF-TOKEN.

export class GraphQlError extends Error {
  constructor(errors) {
    super(errors.map(error => error.message).join('; '));
    this.errors = errors;
  }
}

export function csrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]*)/);
  return match ? decodeURIComponent(match[1]) : '';
}

function signInAgain() {
  window.location.assign('/login');
}

export async function query(document, variables = {}) {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: {'Content-Type': 'application/json', 'Accept': 'application/json', 'X-XSRF-TOKEN': csrfToken()},
    body: JSON.stringify({query: document, variables}),
  });
  if (response.status === 401) {
    signInAgain();
    throw new Error('signed out');
  }
  const body = await response.json();
  if (body.errors && body.errors.length) {
    throw new GraphQlError(body.errors);
  }
  return body.data;
}

export async function signOut() {
  await fetch('/logout', {method: 'POST', credentials: 'same-origin', headers: {'X-XSRF-TOKEN': csrfToken()}});
  signInAgain();
}

/**
 * Subscribes to one subscription; onData gets each result's data, onError a refusal (then it stops).
 * A dropped connection is opened again after a pause. Returns a function that ends the subscription.
 */
export function subscribe(document, onData, onError) {
  let socket;
  let stopped = false;
  const open = () => {
    const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
    socket = new WebSocket(`${scheme}://${window.location.host}/graphql`, 'graphql-transport-ws');
    socket.onopen = () => socket.send(JSON.stringify({type: 'connection_init', payload: {}}));
    socket.onmessage = event => {
      const message = JSON.parse(event.data);
      if (message.type === 'connection_ack') {
        socket.send(JSON.stringify({id: '1', type: 'subscribe', payload: {query: document}}));
      } else if (message.type === 'ping') {
        socket.send(JSON.stringify({type: 'pong'}));
      } else if (message.type === 'next') {
        if (message.payload.errors && message.payload.errors.length) {
          stopped = true;
          onError(new GraphQlError(message.payload.errors));
          socket.close();
        } else {
          onData(message.payload.data);
        }
      } else if (message.type === 'error') {
        stopped = true;
        onError(new GraphQlError(message.payload));
        socket.close();
      }
    };
    socket.onclose = () => {
      if (!stopped) {
        setTimeout(open, 3000);
      }
    };
  };
  open();
  return () => {
    stopped = true;
    socket.close();
  };
}
