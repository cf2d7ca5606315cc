// Boot: read how to sign in (/staff/config.json), sign in, then show the queue or the referral
// the address names (/staff, /staff?queue=…, /staff/referrals/CCS-…), and keep it current by
// polling every few seconds while the tab is visible.
'use strict';

(function (Staff) {
  const POLL_MS = 4000;
  const REFERRAL_PATH = /^\/staff\/referrals\/([^/]+)$/;
  const $ = (id) => document.getElementById(id);
  let timer = null;

  Staff.showError = (error) => {
    if (error instanceof Staff.SignedOut) return;
    $('page-error').textContent = error.message;
    $('page-error').hidden = false;
  };

  function showSignIn(message) {
    window.clearTimeout(timer);
    $('workspace').hidden = true;
    $('sign-out').hidden = true;
    $('who').hidden = true;
    $('sign-in').hidden = false;
    $('token-form').hidden = Staff.auth.mode() !== 'token';
    $('cognito-sign-in').hidden = Staff.auth.mode() !== 'cognito';
    $('sign-in-error').textContent = message || '';
    (Staff.auth.mode() === 'token' ? $('token') : $('cognito-button')).focus();
  }
  Staff.onSignedOut = showSignIn;

  /** Shows what the address names. */
  async function route() {
    $('page-error').hidden = true;
    const match = REFERRAL_PATH.exec(location.pathname);
    $('queue-view').hidden = Boolean(match);
    $('referral-view').hidden = !match;
    if (match) {
      // The sidebar (and who is signed in, to tell "your claim" from a colleague's) first.
      await Staff.queue.refresh();
      await Staff.referral.show(decodeURIComponent(match[1]));
    } else {
      Staff.referral.hide();
      await Staff.queue.show();
    }
  }
  Staff.route = () => route().catch(Staff.showError);

  async function poll() {
    if (document.visibilityState === 'visible' && !$('workspace').hidden) {
      try {
        await (REFERRAL_PATH.test(location.pathname) ? Promise.all([Staff.referral.refresh(), Staff.queue.refresh()]) : Staff.queue.refresh());
        $('page-error').hidden = true;
      } catch (error) {
        if (error instanceof Staff.SignedOut) return;
        Staff.showError(new Error(`Could not refresh (${error.message}); retrying.`));
      }
    }
    timer = window.setTimeout(poll, POLL_MS);
  }

  async function start() {
    $('sign-in').hidden = true;
    $('workspace').hidden = false;
    $('sign-out').hidden = false;
    await route();
    $('who').textContent = Staff.me ? `Signed in as ${Staff.me.email || (Staff.me.id === 'staff-token' ? 'staff (local token)' : Staff.me.id)}` : '';
    $('who').hidden = false;
    window.clearTimeout(timer);
    timer = window.setTimeout(poll, POLL_MS);
  }

  $('token-form').addEventListener('submit', (event) => {
    event.preventDefault();
    Staff.auth.useToken($('token').value.trim());
    $('token').value = '';
    start().catch((error) => (error instanceof Staff.SignedOut ? showSignIn('That token was not accepted.') : Staff.showError(error)));
  });
  $('cognito-button').addEventListener('click', () => Staff.auth.signInWithCognito().catch((e) => ($('sign-in-error').textContent = e.message)));
  $('sign-out').addEventListener('click', () => Staff.auth.signOut());
  window.addEventListener('popstate', Staff.route);
  $('back').addEventListener('click', (event) => {
    event.preventDefault();
    history.pushState(null, '', Staff.queue.address());
    Staff.route();
  });

  Staff.queue.init();
  Staff.referral.init();

  fetch('/staff/config.json')
    .then((response) => response.json())
    .then((config) => Staff.auth.configure(config))
    .then(() => (Staff.auth.token() ? start() : showSignIn()))
    .catch((error) => {
      if (error instanceof Staff.SignedOut) return;
      showSignIn(error.message);
    });
})(window.Staff);
