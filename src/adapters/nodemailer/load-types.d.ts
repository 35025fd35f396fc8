// Loads nodemailer's mailer types into every program that compiles src/ (tsc and the dts build),
// so the augmentation in from-nodemailer.ts finds the module it extends. Not part of the build.
import type {} from 'nodemailer/lib/mailer';
