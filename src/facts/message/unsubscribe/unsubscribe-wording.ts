import { fold, foldedSubstringMatcher, wordClassifier, wordMatcher } from '../text/word-matcher.js';

// All lists are matched on folded text (lower case, no accents, ß → ss) with indexOf: no regex.

/**
 * Words and word beginnings that on their own say "unsubscribe" (de, en, fr, es, it, nl, pl, pt,
 * sv, da, no, cs, fi, hu, ro).
 * Matched at a word start: 'abmeld' covers abmelden and Abmeldung, 'desinscri' désinscrire and
 * désinscription, while "Austragungsort" (venue) or "cancellation" do not match.
 */
const WORDS = [
  // de (also the separable forms "abzumelden", "auszutragen", "abzubestellen")
  'abmeld', 'abbestell', 'austragen', 'abzumelden', 'auszutragen', 'abzubestellen', 'newsletter kundigen',
  'abonnement kundigen', 'abo kundigen', 'newsletter-abmeldung',
  // en
  'unsubscri', 'opt out', 'opt-out', 'optout', 'unsub ', 'unsub.', 'remove me', 'removal request', 'remove request',
  // fr
  'desabonn', 'desinscri', 'se desinscrire',
  // es
  'darse de baja', 'darte de baja', 'date de baja', 'dese de baja', 'cancelar suscripcion', 'cancelar tu suscripcion',
  'cancelar su suscripcion', 'cancelar la suscripcion', 'anular suscripcion', 'anular la suscripcion', 'desuscri', 'baja de la lista',
  'dar de baja', 'darme de baja', 'darle de baja',
  // it
  'disiscri', 'cancellati dalla', 'annulla iscrizione', 'annulla l\'iscrizione', 'annullare l\'iscrizione',
  'cancella l\'iscrizione', 'cancellare l\'iscrizione', 'cancellazione dalla newsletter', 'cancella iscrizione', 'cancellarsi',
  'cancellami',
  // nl (also "af te melden", "uit te schrijven")
  'afmeld', 'uitschrijv', 'af te melden', 'uit te schrijven', 'schrijf je uit', 'schrijf u uit',
  // pl
  'wypisz', 'wypisac', 'wypisanie', 'wypisania', 'rezygnacja z subskrypcji', 'zrezygnuj z subskrypcji', 'zrezygnowac z',
  // pt
  'descadastr', 'cancelar inscricao', 'cancelar a inscricao', 'cancelar subscricao',
  'cancelar a subscricao', 'anular subscricao', 'anular a subscricao', 'deixar de receber', 'cancelar assinatura',
  'cancelar a assinatura', 'cancelar sua assinatura',
  // sv (avregistrera, avsluta prenumerationen, avprenumerera, avanmäl)
  'avregistr', 'avsluta prenumeration', 'avsluta din prenumeration', 'avprenumerer', 'avanmal', 'sluta prenumerera',
  // da ("afmeld" is the nl stem above), no
  'frameld', 'afmeld dig', 'avmeld', 'meld deg av', 'meld dig af', 'avslutt abonnement',
  // cs (odhlásit, odhlášení), fi, hu, ro
  'odhlas', 'zrusit odber', 'peruuta tilaus', 'peru tilaus', 'tilauksen peruutus', 'leiratkoz', 'dezabon',
];

/**
 * Phrases that say "I no longer want this mail" without the word unsubscribe: they count in a
 * link's text or its immediate context only. "would rather not receive" (a double-opt-in decline
 * button) is deliberately absent: only "no longer" / "do not want" forms are listed.
 */
const PHRASES = [
  // en
  'no longer wish to receive', 'no longer want to receive', 'no longer receive', 'no longer like to receive',
  // Contractions whole: a phrase matches at a word start only, so "n't want" would never match "don't want".
  'not want to receive', 'not wish to receive', 'don\'t want to receive', 'don\'t wish to receive', 'dont want to receive',
  'not like to receive', 'don\'t want these', 'don\'t want to get', 'don\'t want any more',
  'stop receiving', 'to be removed', 'be removed from', 'no longer wish', 'no longer want', 'no longer be contacted',
  'not want these', 'prefer not to receive', 'remove yourself from', 'remove me from', 'remove your email',
  'remove your address', 'removed from our', 'removed from this', 'receive no further', 'receive no more',
  'for removal', 'removal from', 'remove your name', 'remove yourself', 'to remove you', 'be taken off', 'leave this list',
  'leave the list', 'leave the mailing list', 'stop these emails', 'stop these e-mails', 'stop getting', 'no more emails',
  'no more e-mails',
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
  'nie chcesz otrzymywac', 'nie chce otrzymywac', 'nie chcesz juz otrzymywac', 'rezygnacja', 'zrezygnuj', 'rezygnuj',
  // pt
  'nao deseja mais receber', 'nao quer mais receber', 'mais receber', 'nao deseja receber', 'sair da lista',
  // sv, da, no, cs
  'inte langre fa', 'inte langre ta emot', 'ikke laengere modtage', 'ikke lenger motta', 'nechcete dostavat', 'nadale dostavat',
];

/** Stems of unsubscribe words as they appear inside URLs and identifiers (newsunsub, cLoeschURL is not one). */
const STEMS = [
  'unsub', 'abmeld', 'abbestell', 'austrag', 'optout', 'opt-out', 'opt_out', 'desinscri', 'desabonn', 'darse-de-baja',
  'disiscri', 'afmeld', 'uitschrijv', 'wypisz', 'descadastr', 'unsuscri', 'unsuscribe', 'desuscri', 'avregistr', 'frameld',
  'avmeld', 'odhlas', 'leiratkoz', 'dezabon',
];

/** Link texts that name another destination: their context is about something else. */
const OTHER_DESTINATION = [
  'privacy', 'datenschutz', 'terms', 'agb', 'impressum', 'imprint', 'legal', 'contact', 'kontakt', 'help', 'hilfe',
  'faq', 'facebook', 'twitter', 'instagram', 'linkedin', 'youtube', 'browser', 'online version', 'webversion',
  'web version', 'confidentialite', 'privacidad', 'privacy policy', 'informativa',
  // the mail itself on the web ("view online", "Online lesen", "version en ligne" …)
  'view online', 'view it online', 'view this email online', 'view this e-mail online', 'view email online', 'read online',
  'view in your browser', 'online-version', 'web-version', 'webansicht', 'online ansehen', 'online lesen', 'online anzeigen',
  'im web ansehen', 'version en ligne', 'version web', 'ver online', 'ver en linea', 'navegador', 'visualizza online',
  'versione online', 'online bekijken', 'bekijk online', 'wersja online', 'zobacz online', 'visualizar online',
  'forward to a friend', 'weiterleiten',
];

/**
 * A button that confirms (a double-opt-in confirmation: "Confirm, but send me nothing further").
 * Its context and "no more mail" phrases do not make it an opt-out; its own unsubscribe words do
 * ("Confirm unsubscribe").
 */
const CONFIRM = ['confirm', 'bestatig', 'conferm', 'bevestig', 'potwierdz', 'bekraft', 'bekraeft', 'bekreft', 'potvrd', 'vahvist', 'megerosit'];

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

/**
 * Member pages of mailing-list managers where a subscriber leaves the list: Mailman 2's options
 * page (…/mailman/options/list/address, which a monthly membership reminder sends) and Sympa's
 * signoff page. A list's general info page (…/mailman/listinfo/list) is not one.
 */
const LIST_MEMBER_PAGES = ['/mailman/options/', '/mailman/options.cgi/', '/sympa/signoff/', '/wws/signoff/'];

/** Every MANAGE_SEGMENTS entry has it: a URL without it (in any case) names no such page. */
const SUBSCRI = /subscri/i;
const LIST_MANAGER = /mailman|sympa|wws/i;

/**
 * The URL's last path segment is a subscription-management page, or its path a mailing-list
 * manager's member page.
 */
export const isSubscriptionPage = (href: string): boolean => {
  const subscri = SUBSCRI.test(href);
  if (!subscri && !LIST_MANAGER.test(href)) return false;
  let path = href;
  const cut = path.search(/[?#]/);
  if (cut >= 0) path = path.slice(0, cut);
  const lower = path.toLowerCase();
  if (LIST_MEMBER_PAGES.some((p) => lower.includes(p))) return true;
  if (!subscri) return false;
  while (path.endsWith('/')) path = path.slice(0, -1);
  const segment = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  return MANAGE_SEGMENTS.has(segment);
};

/**
 * Bits of unsubscribeWording: an unsubscribe word, a "no more mail" phrase (SAYS_UNSUBSCRIBE is
 * either), manages the subscription, names another destination, says confirm.
 */
export const UNSUBSCRIBE_WORD = 1;
export const NO_MORE_PHRASE = 8;
export const SAYS_UNSUBSCRIBE = UNSUBSCRIBE_WORD | NO_MORE_PHRASE;
export const MANAGES_SUBSCRIPTION = 2;
export const NAMES_OTHER_DESTINATION = 4;
export const SAYS_CONFIRM = 16;

/**
 * The word lists of folded text in one walk, as bits (a link's text and context are each tested
 * against all of them).
 */
const classifyLists = wordClassifier([WORDS, MANAGE, OTHER_DESTINATION, PHRASES, CONFIRM]);

/**
 * "keine … mehr erhalten" with words between ("keine News vom SIPT mehr erhalten", "keinen
 * Newsletter von uns mehr bekommen"): the German "no more mail" phrase, whose object the fixed
 * PHRASES cannot list. At most five words between; on folded text.
 */
const NO_MORE_GAP = /(?<![a-z])kein(?:e|en|er)?[ \t](?:[^ \t\n]{1,30}[ \t]){0,5}mehr[ \t](?:erhalten|empfangen|bekommen|zugeschickt|zugesandt|zugestellt)(?![a-z])/;

export const unsubscribeWording = (folded: string): number =>
  classifyLists(folded) | (folded.includes('mehr') && NO_MORE_GAP.test(folded) ? NO_MORE_PHRASE : 0);
