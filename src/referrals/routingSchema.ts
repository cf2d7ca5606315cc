import * as z from 'zod';

/** content/routing.json, checked by test/unit/referrals/routing.test.ts; the router (./routing.ts) reads it as typed here. */
const e164 = z.string().regex(/^\+[1-9]\d{6,14}$/, 'an E.164 number such as +15555550199');
const localized = z.strictObject({ en: z.string().min(1), es: z.string().min(1) });

export const queueSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: z.enum(['county', 'wcm-plan', 'illinois', 'fallback']),
  name: localized,
  /** County queues: the counties whose referrals they take. */
  counties: z.array(z.string().min(1)).optional(),
  /** WCM plan queues: the plan's name as in content/counties.json. */
  wcmPlan: z.string().min(1).optional(),
  /** Who to tell about a new item: the on-call SMS number and/or an email address. */
  notify: z
    .strictObject({ sms: e164.optional(), email: z.email().optional() })
    .refine((n) => n.sms || n.email, 'notify needs sms or email')
    .optional(),
  /** Staff target: business days to first contact, when not the default. Never told to families as a promise. */
  firstContactBusinessDays: z.number().int().min(1).max(30).optional(),
  /** A first-contact time the office itself has confirmed: the only one families are told. */
  confirmedFirstContact: z
    .strictObject({ businessDays: z.number().int().min(1).max(30), confirmedBy: z.string().min(3), confirmedOn: z.iso.date() })
    .optional(),
});

export const ruleSchema = z.strictObject({
  when: z
    .strictObject({
      region: z.enum(['CA', 'IL']).optional(),
      county: z.array(z.string().min(1)).optional(),
    })
    .refine((w) => Object.keys(w).length > 0, 'a rule needs a condition'),
  queue: z.string().min(1),
});

export const routingSchema = z
  .strictObject({
    $comment: z.string().optional(),
    fallbackQueue: z.string().min(1),
    defaults: z.strictObject({ firstContactBusinessDays: z.number().int().min(1).max(30) }),
    /** Staff console link in notifications; `{baseUrl}` and `{id}` are filled in. */
    consoleUrl: z.string().includes('{id}'),
    email: z.strictObject({ from: z.string().min(3) }),
    rules: z.array(ruleSchema),
    /** Whole Child Model plans whose care team is told about their own full-scope Medi-Cal members' referrals. */
    planTeams: z.array(
      z.strictObject({
        plan: z.string().min(1),
        queue: z.string().min(1),
        /** Words people use for the plan (lowercase, no accents), matched as whole words. */
        names: z.array(z.string().regex(/^[a-z0-9 ]+$/)).min(1),
      }),
    ),
    queues: z.array(queueSchema).min(1),
  })
  .superRefine((r, ctx) => {
    const ids = new Set(r.queues.map((q) => q.id));
    if (ids.size !== r.queues.length) ctx.addIssue({ code: 'custom', message: 'queue ids must be unique' });
    if (!ids.has(r.fallbackQueue)) ctx.addIssue({ code: 'custom', message: `fallbackQueue ${r.fallbackQueue} is not a queue` });
    if (!r.queues.find((q) => q.id === r.fallbackQueue)?.notify) ctx.addIssue({ code: 'custom', message: 'the fallback queue needs notify targets' });
    for (const rule of r.rules) if (!ids.has(rule.queue)) ctx.addIssue({ code: 'custom', message: `rule queue ${rule.queue} is not a queue` });
    for (const team of r.planTeams) {
      const queue = r.queues.find((q) => q.id === team.queue);
      if (queue?.kind !== 'wcm-plan' || queue.wcmPlan !== team.plan)
        ctx.addIssue({ code: 'custom', message: `plan team ${team.queue} is not the wcm-plan queue of ${team.plan}` });
    }
  });

export type RoutingContent = z.infer<typeof routingSchema>;
export type Queue = z.infer<typeof queueSchema>;
export type RuleCondition = z.infer<typeof ruleSchema>['when'];
