import * as z from 'zod';

// What a DNS probe (mailpolicy/node probeSender) or the sender's own configuration says about the
// sending domain and IP. The core only reads it: it never resolves anything itself.

const host = z.string().min(1).max(255);

export const SenderSchema = z
  .object({
    /** The domain probed: the From (and usually envelope) domain. */
    domain: host,
    /** The sending IP address, when known. */
    ip: z.string().min(1).max(64).optional(),
    spf: z
      .object({
        /** The v=spf1 TXT record, or null when the domain publishes none. */
        record: z.string().nullable(),
        /** More than one v=spf1 record: a permanent error (RFC 7208 4.5). */
        multiple: z.boolean().optional(),
      })
      .strict()
      .optional(),
    dmarc: z
      .object({
        /** The v=DMARC1 TXT record at _dmarc.<domain> (or the organisational domain), or null. */
        record: z.string().nullable(),
        policy: z.enum(['none', 'quarantine', 'reject']).nullable().optional(),
        /** Aggregate report addresses (rua=). */
        rua: z.array(z.string()).optional(),
        /** Alignment modes (adkim=, aspf=): r relaxed (default), s strict. */
        adkim: z.enum(['r', 's']).optional(),
        aspf: z.enum(['r', 's']).optional(),
        /** The domain the record was found at. */
        at: host.optional(),
      })
      .strict()
      .optional(),
    /** DKIM public keys per selector probed. */
    dkim: z
      .array(
        z
          .object({
            selector: z.string().min(1).max(255),
            /** The domain the key was looked up under (default: `domain`). */
            domain: host.optional(),
            /** The key record (v=DKIM1; k=…; p=…), or null when none is published. */
            record: z.string().nullable(),
            keyType: z.string().nullable().optional(),
            /** The RSA modulus length (or 256 for ed25519); null when no key or unreadable. */
            keyBits: z.number().int().nonnegative().nullable(),
          })
          .strict(),
      )
      .optional(),
    /** MX hosts of `domain`, by preference; empty when none. */
    mx: z.array(z.string()).optional(),
    ptr: z
      .object({
        /** PTR host names of `ip`; empty when none. */
        hostnames: z.array(z.string()),
        /** A PTR host name resolves (A/AAAA) back to `ip`. */
        forwardConfirmed: z.boolean(),
      })
      .strict()
      .optional(),
    /** Lookups that failed for another reason than "no such record" (timeouts, SERVFAIL): their facts are left out. */
    lookupErrors: z.array(z.string()).optional(),
    /** Mail leaves over TLS (STARTTLS or implicit): the MTA's configuration, stated by the caller. */
    tls: z.boolean().optional(),
  })
  .strict();

export type SenderInput = z.input<typeof SenderSchema>;
export type Sender = z.output<typeof SenderSchema>;
