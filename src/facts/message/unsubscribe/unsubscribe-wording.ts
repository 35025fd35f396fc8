import { fold, foldedSubstringMatcher, wordClassifier, wordMatcher } from '../text/word-matcher.js';

// All lists are matched on folded text (lower case, no accents, ß → ss) with indexOf: no regex.

/**
 * Words and word beginnings that on their own say "unsubscribe" (de, en, fr, es, it, nl, pl, pt).
 * Matched at a word start: 'abmeld' covers abmelden and Abmeldung, 'desinscri' désinscrire and
 * désinscription, while "Austragungsort" (venue) or "cancellation" do not match.
 */
const WORDS = [
  // de (also the separable forms "abzumelden", "auszutragen", "abzubestellen")
  'abmeld', 'abbestell', 'austragen', 'abzumelden', 'auszutragen', 'abzubestellen', 'newsletter kundigen',
  'abonnement kundigen', 'abo kundigen', 'newsletter-abmeldung',
  // en
  'unsubscri', 'opt out', 'opt-out', 'optout', 'unsub ', 'unsub.', 'remove me',
  // fr
  'desabonn', 'desinscri', 'se desinscrire',
  // es
  'darse de baja', 'darte de baja', 'date de baja', 'dese de baja', 'cancelar suscripcion', 'cancelar tu suscripcion',
  'cancelar su suscripcion', 'cancelar la suscripcion', 'anular suscripcion', 'anular la suscripcion', 'desuscri', 'baja de la lista',
  // it
  'disiscri', 'cancellati dalla', 'annulla iscrizione', 'annulla l\'iscrizione', 'annullare l\'iscrizione',
  'cancella l\'iscrizione', 'cancellare l\'iscrizione', 'cancellazione dalla newsletter', 'cancella iscrizione',
  // nl (also "af te melden", "uit te schrijven")
  'afmeld', 'uitschrijv', 'af te melden', 'uit te schrijven', 'schrijf je uit', 'schrijf u uit',
  // pl
  'wypisz', 'wypisac', 'wypisanie', 'wypisania', 'rezygnacja z subskrypcji', 'zrezygnuj z subskrypcji', 'zrezygnowac z',
  // pt
  'descadastr', 'cancelar inscricao', 'cancelar a inscricao', 'cancelar subscricao',
  'cancelar a subscricao', 'anular subscricao', 'anular a subscricao', 'deixar de receber',
];

/**
 * Phrases that say "I no longer want this mail" without the word unsubscribe: they count in a
 * link's text or its immediate context only. "would rather not receive" (a double-opt-in decline
 * button) is deliberately absent: only "no longer" / "do not want" forms are listed.
 */
const PHRASES = [
  // en
  'no longer wish to receive', 'no longer want to receive', 'no longer receive', 'no longer like to receive',
  'not want to receive', 'not wish to receive', 'n\'t want to receive', 'n\'t wish to receive', 'not like to receive',
  'stop receiving', 'to be removed', 'be removed from', 'no longer wish', 'no longer want', 'no longer be contacted',
  'n\'t want these', 'not want these', 'prefer not to receive', 'remove yourself from', 'remove me from', 'remove your email',
  'remove your address', 'removed from our', 'removed from this', 'receive no further', 'receive no more',
  // de
  'nicht mehr erhalten', 'nicht mehr empfangen', 'nicht mehr bekommen', 'keine e-mails mehr', 'keine emails mehr',
  'keine mails mehr', 'keine newsletter mehr', 'keinen newsletter mehr', 'keine weiteren e-mails', 'keine weiteren nachrichten',
  'keine weiteren informationen', 'keine weiteren newsletter', 'nicht langer erhalten', 'keine post mehr',
  'vom newsletter abmelden', 'aus dem newsletter', 'aus dem verteiler', 'aus der abonnementliste', 'aus der mailingliste',
  'aus der liste', 'aus unserem verteiler',
  // fr
  'ne plus recevoir', 'plus recevoir', 'ne souhaitez plus', 'ne desirez plus', 'ne voulez plus',
  // it
  'piu ricevere', 'non ricevere piu', 'cancellarti', 'cancellazione', 'rimuovere il tuo indirizzo', 'non desideri ricevere',
  // es
  'no desea recibir', 'no deseas recibir', 'dejar de recibir', 'no recibir mas', 'ya no desea', 'ya no deseas', 'ya no quiere',
  // nl
  'niet langer ontvangen', 'meer ontvangen', 'wilt u geen', 'wil je geen',
  // pl
  'nie chcesz otrzymywac', 'nie chce otrzymywac', 'nie chcesz juz otrzymywac', 'rezygnacja', 'zrezygnuj',
  // pt
  'nao deseja mais receber', 'nao quer mais receber', 'mais receber', 'nao deseja receber',
];

/** Stems of unsubscribe words as they appear inside URLs and identifiers (newsunsub, cLoeschURL is not one). */
const STEMS = [
  'unsub', 'abmeld', 'abbestell', 'austrag', 'optout', 'opt-out', 'opt_out', 'desinscri', 'desabonn', 'darse-de-baja',
  'disiscri', 'afmeld', 'uitschrijv', 'wypisz', 'descadastr', 'unsuscri', 'unsuscribe', 'desuscri',
];

/** Link texts that name another destination: their context is about something else. */
const OTHER_DESTINATION = [
  'privacy', 'datenschutz', 'terms', 'agb', 'impressum', 'imprint', 'legal', 'contact', 'kontakt', 'help', 'hilfe',
  'faq', 'facebook', 'twitter', 'instagram', 'linkedin', 'youtube', 'browser', 'online version', 'webversion',
  'web version', 'confidentialite', 'privacidad', 'privacy policy', 'informativa',
];

const saysWording = wordMatcher([...WORDS, ...PHRASES]);

/** The text (link text, title, aria-label) says unsubscribe. */
export const saysUnsubscribe = (text: string): boolean => Boolean(text) && saysWording(fold(text));

/** A URL, identifier or tag name carries an unsubscribe stem (…/unsubscribe, UnsubscribeURL, +++ABMELDELINK+++). */
const hasUnsubscribeStem = foldedSubstringMatcher(STEMS);
export const namesUnsubscribe = (name: string): boolean => Boolean(name) && hasUnsubscribeStem(name);

const otherDestinationWording = wordMatcher(OTHER_DESTINATION);

/** The link's own text names another destination (privacy policy, imprint, social profile …). */
export const namesOtherDestination = (text: string): boolean => otherDestinationWording(fold(text));

/**
 * Wording for a subscription-management page, where the reader can cancel: "manage your
 * subscription", "Abonnement verwalten". "Manage notifications" alone is not one.
 */
const MANAGE = [
  'manage your subscription', 'manage subscription', 'manage your email subscription', 'subscription preferences',
  'subscription settings', 'subscription center', 'subscription centre', 'change your subscription', 'update your subscription',
  'edit your subscription', 'abonnement verwalten', 'abo verwalten', 'newsletter verwalten', 'newsletter-einstellungen',
  'newslettereinstellungen', 'gerer votre abonnement', 'gerer vos abonnements', 'gestionar tu suscripcion',
  'gestionar suscripcion', 'gestisci la tua iscrizione', 'gestisci iscrizione', 'abonnement beheren', 'abonnementen beheren',
  'zarzadzaj subskrypcja', 'gerenciar inscricao', 'gerir subscricao',
];

/** Last path segments of subscription-management pages (…/+subscriptions, …/manage-subscription). */
const MANAGE_SEGMENTS = new Set([
  'subscriptions', '+subscriptions', 'manage-subscription', 'manage-subscriptions', 'manage_subscription',
  'manage_subscriptions', 'managesubscription', 'managesubscriptions', 'subscription-preferences',
  'subscription_preferences', 'subscription-center', 'subscription_center', 'subscriptioncenter',
]);

const manageWording = wordMatcher(MANAGE);

export const managesSubscription = (text: string): boolean => Boolean(text) && manageWording(fold(text));

/** The URL's last path segment is a subscription-management page. */
/** Every MANAGE_SEGMENTS entry has it: a URL without it (in any case) names no such page. */
const SUBSCRI = /subscri/i;

export const isSubscriptionPage = (href: string): boolean => {
  if (!SUBSCRI.test(href)) return false;
  let path = href;
  const cut = path.search(/[?#]/);
  if (cut >= 0) path = path.slice(0, cut);
  while (path.endsWith('/')) path = path.slice(0, -1);
  const segment = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  return MANAGE_SEGMENTS.has(segment);
};

/** Bits of unsubscribeWording: says unsubscribe, manages the subscription, names another destination. */
export const SAYS_UNSUBSCRIBE = 1;
export const MANAGES_SUBSCRIPTION = 2;
export const NAMES_OTHER_DESTINATION = 4;

/**
 * saysUnsubscribe, managesSubscription and namesOtherDestination of folded text in one walk,
 * as bits (a link's text and context are each tested against all three lists).
 */
export const unsubscribeWording = wordClassifier([[...WORDS, ...PHRASES], MANAGE, OTHER_DESTINATION]);
