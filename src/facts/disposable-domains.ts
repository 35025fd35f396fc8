// A short list of the most common throwaway-address domains; callers with a fuller list feed
// their own signal through signup.botScore. Read by the bot signals (U7) and by the sender facts
// (a throwaway Reply-To hides the sender, P4); a module of its own, so neither imports the other.
export const DISPOSABLE_DOMAINS: ReadonlySet<string> = new Set([
  'mailinator.com', 'guerrillamail.com', 'guerrillamail.de', '10minutemail.com', 'trashmail.com', 'trashmail.de',
  'yopmail.com', 'tempmail.com', 'temp-mail.org', 'sharklasers.com', 'getnada.com', 'dispostable.com',
  'wegwerfmail.de', 'einrot.com', 'spamgourmet.com', 'maildrop.cc', 'throwawaymail.com', 'fakeinbox.com',
  'mailnesia.com', 'emailondeck.com', 'mohmal.com', 'mytemp.email', 'tempail.com', 'spambog.com',
]);
