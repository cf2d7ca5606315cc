import { safeEqual } from '../../../../src/config/safeEqual';
import { canSeeQueue, identityFromClaims } from '../../../../src/staff/http/staffAuth';

describe('staff identity from verified Cognito claims', () => {
  it('reads queue groups in the flattened form API Gateway passes ("[a b]"), JSON arrays and real arrays', () => {
    expect(identityFromClaims({ sub: 'u1', 'cognito:groups': '[queue-county-kern queue:county-fresno]' }).queues).toEqual(['county-kern', 'county-fresno']);
    expect(identityFromClaims({ sub: 'u1', 'cognito:groups': '["queue-county-kern"]' }).queues).toEqual(['county-kern']);
    expect(identityFromClaims({ sub: 'u1', 'cognito:groups': ['queue-county-kern'] }).queues).toEqual(['county-kern']);
  });

  it('reads custom:queues, and admins see every queue', () => {
    expect(identityFromClaims({ sub: 'u1', 'custom:queues': 'county-kern, wcm-caloptima' }).queues).toEqual(['county-kern', 'wcm-caloptima']);
    expect(identityFromClaims({ sub: 'u1', 'cognito:groups': '[admin]' }).queues).toBe('*');
    expect(identityFromClaims({ sub: 'u1', 'custom:queues': '*' }).queues).toBe('*');
    const nobody = identityFromClaims({ sub: 'u2', email: 'a@example.org' });
    expect(nobody).toEqual({ id: 'u2', email: 'a@example.org', queues: [], via: 'jwt' });
    expect(canSeeQueue(nobody, 'county-kern')).toBe(false);
  });

  it('compares tokens of any length without throwing', () => {
    expect(safeEqual('local-staff-token', 'local-staff-token')).toBe(true);
    expect(safeEqual('x', 'local-staff-token')).toBe(false);
    expect(safeEqual('', 'local-staff-token')).toBe(false);
  });
});
