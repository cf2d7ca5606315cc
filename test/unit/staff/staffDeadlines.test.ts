import type { HistoryEntry } from '../../../src/referrals/model';
import { careCoordinatorDueDate, firstContactAt, pendingDeadlines } from '../../../src/staff/deadlines';
import { queueStage } from '../../../src/staff/queueStage';

const TODAY = '2026-01-14';

describe('pendingDeadlines', () => {
  it('keeps first contact pending while submitted or received, and marks overdue, due today and upcoming', () => {
    expect(pendingDeadlines({ status: 'submitted', firstContactDue: '2026-01-13' }, TODAY)).toEqual([
      { rule: 'first_contact', date: '2026-01-13', state: 'overdue' },
    ]);
    expect(pendingDeadlines({ status: 'received', firstContactDue: TODAY }, TODAY)).toEqual([{ rule: 'first_contact', date: TODAY, state: 'today' }]);
    expect(pendingDeadlines({ status: 'received', firstContactDue: '2026-01-15' }, TODAY)[0].state).toBe('upcoming');
    expect(pendingDeadlines({ status: 'in_progress', firstContactDue: '2026-01-01' }, TODAY)).toEqual([]);
  });

  it('adds the emergency or HSP due date until closed, earliest first', () => {
    expect(pendingDeadlines({ status: 'received', firstContactDue: '2026-01-16', dueDate: '2026-01-14' }, TODAY)).toEqual([
      { rule: 'emergency', date: '2026-01-14', state: 'today' },
      { rule: 'first_contact', date: '2026-01-16', state: 'upcoming' },
    ]);
    const hsp = { noticedOn: '2026-01-01', dueDate: '2026-01-16' };
    expect(pendingDeadlines({ status: 'in_progress', firstContactDue: '2026-01-02', dueDate: '2026-01-16', careCoordinatorUpdate: hsp }, TODAY)).toEqual([
      { rule: 'hsp_care_coordinator', date: '2026-01-16', state: 'upcoming' },
    ]);
    expect(pendingDeadlines({ status: 'closed', firstContactDue: '2026-01-01', dueDate: '2026-01-02' }, TODAY)).toEqual([]);
  });

  it('counts the HSP rule as 15 calendar days after the notice', () => {
    expect(careCoordinatorDueDate('2026-01-02')).toBe('2026-01-17');
    expect(careCoordinatorDueDate('2026-12-20')).toBe('2027-01-04');
  });
});

describe('firstContactAt and queueStage', () => {
  const h = (entry: Partial<HistoryEntry>): HistoryEntry => ({ at: '2026-01-10T17:00:00.000Z', by: 's', action: 'status', ...entry });

  it('dates first contact by the first move to in progress, not by a message or a close', () => {
    expect(firstContactAt({ history: [h({ action: 'messaged', delivery: 'sent' }), h({ to: 'closed', outcome: 'withdrawn' })] })).toBeUndefined();
    expect(
      firstContactAt({
        history: [h({ to: 'received' }), h({ to: 'in_progress', at: '2026-01-12T17:00:00.000Z' }), h({ to: 'in_progress', at: '2026-01-13T17:00:00.000Z' })],
      }),
    ).toBe('2026-01-12T17:00:00.000Z');
  });

  it('puts an unclaimed open referral in New, a claimed one in Claimed, then In progress and Closed', () => {
    const assignee = { id: 's', at: '' };
    expect(queueStage({ status: 'submitted' })).toBe('new');
    expect(queueStage({ status: 'received', assignee })).toBe('claimed');
    expect(queueStage({ status: 'in_progress', assignee })).toBe('in_progress');
    expect(queueStage({ status: 'closed' })).toBe('closed');
  });
});
