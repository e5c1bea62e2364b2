/** House numbers (see ../house-numbers.ts, which exports them all): how early to arrive. */

/** How early to arrive, by venue. */
export const ARRIVAL = {
  /** At a café: about 10 minutes early, to find a table and order. Our advice (some career offices say 10 to 15). */
  cafeMinutesEarly: 10,
  /** At an office: no more than about 5 minutes early, so nobody is kept waiting on you. Our advice. */
  officeMaxMinutesEarly: 5,
  /** On a video call: join 2 minutes early, after testing the link earlier in the day. Our advice. */
  videoJoinMinutesEarly: 2,
} as const;
