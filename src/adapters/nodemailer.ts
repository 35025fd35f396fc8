export { fromNodemailer } from './nodemailer/from-nodemailer.js';
export type { NodemailerMailOptions, NodemailerExtras } from './nodemailer/from-nodemailer.js';
export type { NodemailerAddress } from './nodemailer/addresses.js';
export type { NodemailerContent } from './nodemailer/content.js';
export type { NodemailerHeaders } from './nodemailer/headers.js';
export { mailpolicyPlugin } from './nodemailer/plugin.js';
export type { MailpolicyPluginOptions, NodemailerMail } from './nodemailer/plugin.js';
export { PolicyRejectedError } from './nodemailer/rejected-error.js';
