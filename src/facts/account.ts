/** The customer's account, as configured in createPolicy. */
export interface Account {
  /** The customer's own sending domains (P3). Empty: the domain check is skipped. */
  readonly senderDomains: readonly string[];
}
