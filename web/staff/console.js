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

  /**
   * While the server cannot be reached, every action is switched off (a click would only fail)
   * and the page says so; the poll keeps trying and switches them back on when it answers.
   */
  Staff.onConnection = (reachable) => {
    document.body.classList.toggle('offline', !reachable);
    for (const control of document.querySelectorAll('#workspace button, #workspace select, #workspace textarea, #workspace input')) {
      if (!reachable && !control.disabled) {
        control.disabled = true;
        control.dataset.offline = 'true';
      } else if (reachable && control.dataset.offline) {
        control.disabled = false;
        delete control.dataset.offline;
      }
    }
    if (reachable && $('page-error').textContent === Staff.UNREACHABLE) $('page-error').hidden = true;
    if (!reachable) Staff.showError(new Error(Staff.UNREACHABLE));
    if (!reachable && $('referral-title').textContent === 'Loading…') $('referral-title').textContent = 'Waiting for the server…';
  };

  /** Moves keyboard and screen-reader focus to a view's heading, so nobody is left on <body>. */
  Staff.focusHeading = (id) => {
    const heading = $(id);
    heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: false });
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
      Staff.focusHeading('referral-title');
      await Staff.referral.show(decodeURIComponent(match[1]));
    } else {
      // Back from a referral: its tab, and its row focused; otherwise the queue's heading.
      const from = Staff.referral.hide();
      await Staff.queue.show(from);
      if (!from || !Staff.queue.focusRow(from)) Staff.focusHeading('queue-title');
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
        if (error.message !== Staff.UNREACHABLE) Staff.showError(new Error(`Could not refresh (${error.message}); retrying.`));
      }
    }
    timer = window.setTimeout(poll, POLL_MS);
  }

  async function start() {
    $('sign-in').hidden = true;
    $('workspace').hidden = false;
    $('sign-out').hidden = false;
    window.clearTimeout(timer);
    // The poll starts even if the first load fails (the server down), so the page recovers by itself.
    timer = window.setTimeout(poll, POLL_MS);
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
  $('find-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const typed = $('find-code')
      .value.toUpperCase()
      .replace(/[^A-Z0-9]/g, '')
      .replace(/^CCS/, '');
    if (!/^[2-9A-HJ-NP-Z]{6}$/.test(typed)) {
      $('find-error').textContent = 'A confirmation code looks like CCS-7K3F9Q.';
      return;
    }
    $('find-error').textContent = '';
    $('find-code').value = '';
    history.pushState(null, '', `/staff/referrals/CCS-${typed}`);
    Staff.route();
  });
  $('back').addEventListener('click', (event) => {
    event.preventDefault();
    history.pushState(null, '', Staff.queue.address());
    Staff.route();
  });

  Staff.queue.init();
  Staff.referral.init();

  /** The sign-in configuration, asked again every few seconds while the server cannot be reached. */
  function boot() {
    fetch('/staff/config.json', { cache: 'no-store' })
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json();
      })
      .then((config) => Staff.auth.configure(config))
      .then(() => (Staff.auth.token() ? start() : showSignIn()))
      .catch((error) => {
        if (error instanceof Staff.SignedOut) return;
        if (error instanceof Staff.ApiError) return Staff.showError(error);
        showSignIn(Staff.UNREACHABLE);
        $('token-form').hidden = true;
        window.setTimeout(boot, POLL_MS);
      });
  }
  boot();
})(window.Staff);
