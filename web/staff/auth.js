// Sign-in. Locally: the shared staff token, typed once per tab (sessionStorage). Deployed: the
// Cognito Hosted UI with the authorization code flow and PKCE; the ID token (it carries the
// email, groups and custom:queues the API reads) is sent as the Bearer token.
'use strict';

(function (Staff) {
  const TOKEN = 'ccsStaff.token';
  const EXPIRES = 'ccsStaff.expiresAt';
  const PKCE = 'ccsStaff.pkce';
  let config = { auth: 'token' };

  const base64url = (bytes) =>
    btoa(String.fromCharCode(...bytes))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
  const randomString = (size) => base64url(crypto.getRandomValues(new Uint8Array(size)));
  const redirectUri = () => `${location.origin}/staff`;

  function token() {
    const expires = Number(sessionStorage.getItem(EXPIRES) || 0);
    if (expires && Date.now() > expires) forget();
    return sessionStorage.getItem(TOKEN);
  }

  function keep(value, expiresInSeconds) {
    sessionStorage.setItem(TOKEN, value);
    if (expiresInSeconds) sessionStorage.setItem(EXPIRES, String(Date.now() + expiresInSeconds * 1000 - 60000));
    else sessionStorage.removeItem(EXPIRES);
  }

  function forget() {
    sessionStorage.removeItem(TOKEN);
    sessionStorage.removeItem(EXPIRES);
  }

  async function startCognito() {
    const verifier = randomString(48);
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
    const state = randomString(16);
    // Back to the referral the link pointed at, after the round trip through the Hosted UI.
    sessionStorage.setItem(PKCE, JSON.stringify({ verifier, state, returnTo: location.pathname + location.search }));
    const url = new URL('/oauth2/authorize', config.cognito.domain);
    url.search = new URLSearchParams({
      response_type: 'code',
      client_id: config.cognito.clientId,
      redirect_uri: redirectUri(),
      scope: 'openid email profile',
      state,
      code_challenge: base64url(new Uint8Array(digest)),
      code_challenge_method: 'S256',
    }).toString();
    location.assign(url.toString());
  }

  /** Back from the Hosted UI with ?code=&state=: trades the code for tokens. */
  async function completeCognito() {
    const params = new URLSearchParams(location.search);
    const code = params.get('code');
    if (!code) return;
    const pending = JSON.parse(sessionStorage.getItem(PKCE) || 'null');
    sessionStorage.removeItem(PKCE);
    if (!pending || pending.state !== params.get('state')) throw new Error('The sign-in did not come from this page. Please sign in again.');
    const response = await fetch(new URL('/oauth2/token', config.cognito.domain), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        client_id: config.cognito.clientId,
        code,
        redirect_uri: redirectUri(),
        code_verifier: pending.verifier,
      }),
    });
    if (!response.ok) throw new Error('Sign-in failed. Please try again.');
    const tokens = await response.json();
    keep(tokens.id_token, tokens.expires_in);
    history.replaceState(null, '', pending.returnTo || '/staff');
  }

  Staff.auth = {
    async configure(pageConfig) {
      config = pageConfig;
      if (config.auth === 'cognito') await completeCognito();
    },
    mode: () => config.auth,
    token,
    /** Local sign-in: the shared staff token. */
    useToken: (value) => keep(value),
    signInWithCognito: startCognito,
    forget,
    signOut() {
      forget();
      if (config.auth !== 'cognito') return location.assign('/staff');
      const url = new URL('/logout', config.cognito.domain);
      url.search = new URLSearchParams({ client_id: config.cognito.clientId, logout_uri: redirectUri() }).toString();
      location.assign(url.toString());
    },
  };

  class SignedOut extends Error {}
  class ApiError extends Error {
    constructor(status, message) {
      super(message);
      this.status = status;
    }
  }

  /** The staff API with the Bearer token. A 401 means the sign-in is gone: back to the sign-in form. */
  async function api(path, { method = 'GET', body } = {}) {
    const bearer = token();
    if (!bearer) throw new SignedOut();
    let response;
    try {
      response = await fetch(path, {
        method,
        cache: 'no-store',
        headers: { authorization: `Bearer ${bearer}`, ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
    } catch {
      // The network or the API is down ("Failed to fetch"): say so in words, and say nothing was sent.
      Staff.onConnection?.(false);
      throw new ApiError(0, Staff.UNREACHABLE);
    }
    Staff.onConnection?.(response.status < 500);
    if (response.status === 401) {
      // Several requests may be refused at once: the first one signs out and says so.
      if (token() === bearer) {
        forget();
        Staff.onSignedOut('Your sign-in has ended. Please sign in again.');
      }
      throw new SignedOut();
    }
    if (!response.ok) {
      const text = await response.text();
      throw new ApiError(response.status, response.status >= 500 ? 'Something went wrong on the server. Nothing was lost; try again in a moment.' : text);
    }
    return (response.headers.get('content-type') || '').includes('application/json') ? response.json() : response;
  }

  Staff.UNREACHABLE = 'The console cannot reach the server right now. Nothing was sent or changed; it keeps trying and will pick up where you are.';
  Staff.api = api;
  Staff.SignedOut = SignedOut;
  Staff.ApiError = ApiError;
})(window.Staff);
