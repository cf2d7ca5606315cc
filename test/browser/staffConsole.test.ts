import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, screenshot, seriousAxeProblems } from './helpers/chromium';
import { startTestStack, type TestStack } from '../helpers/localStack';
import { newReferral } from '../helpers/staffFixtures';
import { kernParentReferral, sendSms } from '../helpers/twilio';
import { fakeTwilio } from '../../src/local/fakeTwilio';
import { addDays } from '../../src/referrals/businessDays';

const PARENT = '+16615550177';
/** Typed by a family and by staff: must show as text, never run. */
const MARKUP_NAME = '<img src=x onerror="window.__injected=1">';
const MARKUP_NOTE = '<script>window.__injected=2</script>Mom asked for a call after 3pm';

describe('Staff console (/staff) in Chromium', () => {
  let stack: TestStack;
  let browser: Browser;
  let page: Page;
  let code: string;
  const pageErrors: string[] = [];
  const policyViolations: string[] = [];

  beforeAll(async () => {
    stack = await startTestStack();
    const { store, calendar } = stack.runtime.referrals;
    const today = calendar.localDate(new Date());
    // Already waiting when staff sign in: one overdue, one due today (with a name a family typed as markup).
    await store.create(newReferral({ firstContactDue: addDays(today, -2), createdAt: new Date(Date.now() - 3 * 86400_000).toISOString() }));
    await store.create(newReferral({ firstContactDue: today, child: { firstName: MARKUP_NAME, lastName: 'Diaz', dateOfBirth: '2019-05-06' } }));
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.exposeFunction('reportPolicyViolation', (text: string) => policyViolations.push(text));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { reportPolicyViolation(text: string): void }).reportPolicyViolation(`${event.violatedDirective} ${event.blockedURI}`),
      ),
    );
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  const row = (text: string | RegExp) => page.locator('#queue-rows tr').filter({ hasText: text });
  const transcriptLine = (text: string) => page.locator('#transcript li').filter({ hasText: text });

  it('asks for the staff token, refuses a wrong one, and signs in with the right one', async () => {
    await page.goto(`${stack.baseUrl}/staff`);
    await page.getByLabel('Staff token').waitFor();
    await screenshot(page, 'staff-sign-in');
    await page.getByLabel('Staff token').fill('not-the-token');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('That token was not accepted.').waitFor();

    await page.getByLabel('Staff token').fill('local-staff-token');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'All my queues' }).waitFor();
    await page.getByText('Signed in as staff (local token)').waitFor();
    expect(await page.locator('#stage-tabs button').allTextContents()).toEqual(['New (2)', 'Claimed (0)', 'In progress (0)', 'Closed (0)']);
  });

  it('marks overdue and due-today referrals, and shows what a family typed as text', async () => {
    const overdue = page.locator('#queue-rows tr.row-overdue');
    await overdue.waitFor();
    expect(await overdue.locator('.badge').textContent()).toMatch(/^Overdue · First contact · /);
    const today = row(MARKUP_NAME);
    expect(await today.getAttribute('class')).toBe('row-today');
    expect(await today.locator('.badge').textContent()).toMatch(/^Due today · First contact/);
    expect(await page.locator('#queue-rows img').count()).toBe(0);
  });

  it('shows a new referral arriving from a parent texting, without a reload', async () => {
    let confirmation = '';
    for (const Body of kernParentReferral()) {
      const reply = await sendSms(stack.baseUrl, { From: PARENT, Body });
      expect(reply.status).toBe(200);
      confirmation = reply.messages.join('\n');
    }
    code = /CCS-[A-Z0-9]{6}/.exec(confirmation)![0];
    const arrived = row(code);
    await arrived.waitFor({ timeout: 15_000 });
    expect(await arrived.textContent()).toMatch(/Just arrived.*Juan Perez.*Kern.*Submitted/);
    await page.locator('#status-line', { hasText: `New referral ${code}` }).waitFor();
    expect(await page.locator('#stage-tabs button').first().textContent()).toBe('New (3)');
    await screenshot(page, 'staff-queue');
  });

  it('opens the referral (now received), with everything the intake collected and the texts that led to it', async () => {
    await page.getByRole('link', { name: code }).click();
    await page.getByRole('heading', { name: `${code} · Referral` }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/staff/referrals/${code}`);
    await page.locator('#referral-badges', { hasText: 'Received' }).waitFor();
    const details = await page.locator('#details').innerText();
    for (const value of ['Juan Perez', 'Wed, Mar 25, 2015', 'heart murmur', 'Full-scope Medi-Cal', 'Maria Lopez (parent)', 'Text message', PARENT])
      expect(details).toContain(value);
    await transcriptLine('Bakersfield').waitFor();
    expect(await page.locator('#audit').innerText()).toMatch(/staff-token\s+Status Submitted → Received/);
  });

  it('claims it, and messages the family by SMS', async () => {
    await page.getByRole('button', { name: 'Claim' }).click();
    await page.getByText('Claimed by you').waitFor();
    expect(await page.getByRole('button', { name: 'Release' }).isVisible()).toBe(true);

    expect(await page.getByLabel('Start from').inputValue()).toBe('received');
    const text = await page.getByLabel('Message', { exact: true }).inputValue();
    expect(text).toMatch(new RegExp(`^Message from Kern County CCS office: we received your CCS referral ${code}\\. We will call you by `));
    await page.getByRole('button', { name: 'Send to the family' }).click();
    await page.locator('#message-result', { hasText: 'Sent.' }).waitFor();
    expect(fakeTwilio.messagesTo(PARENT).map((m) => m.body)).toEqual([text]);
    await transcriptLine(text).locator('.speaker', { hasText: 'Staff' }).waitFor();
  });

  it("shows the family's SMS reply in the conversation as it arrives", async () => {
    const reply = 'Thank you! <img src=x onerror="window.__injected=3"> Mornings are best for a call.';
    expect((await sendSms(stack.baseUrl, { From: PARENT, Body: reply })).status).toBe(200);
    await transcriptLine(reply).locator('.speaker', { hasText: 'Family' }).waitFor({ timeout: 15_000 });
    expect(await page.locator('#transcript img').count()).toBe(0);
  });

  it('adds a note as plain text and changes the status with a reason, each in the audit trail', async () => {
    await page.getByLabel(/Add a note/).fill(MARKUP_NOTE);
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.locator('#notes li p', { hasText: MARKUP_NOTE }).waitFor();

    await page.getByLabel('New status').selectOption('in_progress');
    await page.getByLabel('Reason').selectOption('waiting_for_records');
    await page.getByLabel(/^Why/).fill('Asked the cardiologist for records');
    await page.getByRole('button', { name: 'Change status' }).click();
    await page.locator('#referral-badges', { hasText: 'Waiting for medical records' }).waitFor();
    const audit = await page.locator('#audit li').allInnerTexts();
    expect(audit.slice(-5).map((line) => line.replace(/^.*? (AM|PM) /, ''))).toEqual([
      'staff-token Status Submitted → Received',
      'staff-token Claimed it',
      'staff-token Messaged the family (received): Sent.',
      'staff-token Added a note',
      'staff-token Status Received → In progress (Waiting for medical records): “Asked the cardiologist for records”',
    ]);
    await page.locator('#transcript').evaluate((list) => (list.scrollTop = list.scrollHeight));
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'staff-referral');
    expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
  });

  it('goes back to the queue, where the referral sits under In progress; sorts by age', async () => {
    await page.getByRole('link', { name: '← Back to the queue' }).click();
    await page.getByRole('heading', { name: 'All my queues' }).waitFor();
    await page.getByRole('button', { name: 'In progress (1)' }).click();
    await row(code).waitFor();
    await page.getByRole('button', { name: 'New (2)' }).click();
    await page.getByRole('button', { name: /^Age/ }).click();
    expect(await page.locator('th[aria-sort="descending"]').textContent()).toMatch(/^Age/);
    // Oldest first: the overdue referral came in three days ago.
    expect(await page.locator('#queue-rows tr').first().getAttribute('class')).toBe('row-overdue');
  });

  it('draws the charts and exports the queue as CSV', async () => {
    await page.getByRole('link', { name: /^Kern County CCS office/ }).click();
    await page.getByRole('heading', { name: 'Kern County CCS office' }).waitFor();
    await page.getByRole('button', { name: 'Charts' }).click();
    await page.locator('figure', { hasText: 'Referrals per county, by week' }).locator('svg rect').first().waitFor();
    const waits = page.locator('figure', { hasText: 'Time to first contact' });
    await waits.getByText('Show as a table').click();
    expect(await waits.locator('table').innerText()).toMatch(/Same day\s+1[\s\S]*Not yet contacted\s+2/);
    await screenshot(page, 'staff-charts');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^ccs-referrals-county-kern-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toMatch(/^code,kind,queue/);
    expect(csv).toContain(`${code},referral,county-kern,CA,Kern,sms,en,Waiting for medical records,`);
  });

  it('has no serious accessibility problems (axe), script errors or policy violations', async () => {
    expect(await seriousAxeProblems(page)).toEqual([]);
    await page.goto(`${stack.baseUrl}/staff/referrals/${code}`);
    await page.getByRole('heading', { name: `${code} · Referral` }).waitFor();
    await transcriptLine('Mornings are best').waitFor();
    expect(await seriousAxeProblems(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(policyViolations).toEqual([]);
  });

  it('signs out', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Staff token').waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('ccsStaff.token'))).toBeNull();
  });
});
