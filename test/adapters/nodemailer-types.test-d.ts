// Type test, checked by `tsc --noEmit` (tsconfig includes test/; vitest does not run *.test-d.ts):
// importing mailpolicy adds the per-mail `mailpolicy` option to nodemailer's SendMailOptions, so
// the documented call type-checks and a wrong purpose or a misspelt key does not.
import nodemailer, { type SendMailOptions } from 'nodemailer';
import { createPolicy, mailpolicyPlugin, type NodemailerExtras } from '../../src/index.js';

const transporter = nodemailer.createTransport({ jsonTransport: true });
transporter.use('compile', mailpolicyPlugin(createPolicy()));

export const sends = async (): Promise<void> => {
  await transporter.sendMail({ from: 'news@shop.example', to: 'a@example.org', mailpolicy: { purpose: 'newsletter', topic: 'shoes' } });
  const options: SendMailOptions = { subject: 'Hi', mailpolicy: { contentLabels: ['promotion'], spamScore: 1.5 } };
  await transporter.sendMail(options);
  const extras: NodemailerExtras | undefined = options.mailpolicy;
  void extras;

  // @ts-expect-error 'marketing' is no purpose
  await transporter.sendMail({ from: 'news@shop.example', mailpolicy: { purpose: 'marketing' } });
  // @ts-expect-error unknown key inside the option
  await transporter.sendMail({ from: 'news@shop.example', mailpolicy: { purpos: 'newsletter' } });
  // @ts-expect-error the option's name is mailpolicy
  await transporter.sendMail({ from: 'news@shop.example', mailPolicy: { purpose: 'newsletter' } });
};
