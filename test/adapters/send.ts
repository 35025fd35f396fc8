// Test helpers: nodemailer transports that never leave the machine.
import nodemailer from 'nodemailer';
import type { SendMailOptions } from 'nodemailer';

/** The MIME bytes nodemailer itself writes for these options. */
export const mimeOf = async (options: SendMailOptions): Promise<Buffer> => {
  const t = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  const info = await t.sendMail(options);
  return info.message as Buffer;
};

export const jsonTransport = () => nodemailer.createTransport({ jsonTransport: true });
