import type { Locale } from '../model/index.js';

const en = `Usage: mailpolicy <command> [options]

Commands:
  check <message.eml|message.json>   check a send against the policy
  rules                              list the rules with clause and severity
  validate-pack <dir>                check a pack folder; print every problem as file:line:col

Options for check and rules:
  --config FILE                      createPolicy options (packs, rules, account, locale, limits)
                                     from mailpolicy.config.json|.js|.mjs (default: the first of
                                     these in the working directory)
  --pack DIR|MODULE                  check against this pack: a folder with pack.json, a built-in
                                     pack's name, a .js/.mjs file or a package (repeatable; the
                                     packs named replace the default pack)
  --rule ID:off|on|SEVERITY          switch a rule off or on, or change its severity (repeatable)

Options for check:
  --recipients FILE.csv|FILE.jsonl   recipients, streamed (CSV: header row names the fields,
                                     dotted names nest: consent.status, signup.botScore;
                                     a column that is no field is bad input, exit 2)
  --ignore-column NAME               leave out a CSV column that is no Recipient field (repeatable)
  --history FILE.json                the sending history
  --format stylish|json|sarif|junit  output format (default: stylish)
  --locale de|en                     language of the output (default: from LANG)
  --now ISO                          evaluation date, e.g. 2026-11-28T10:00:00Z (default: now)
  --fail-on prohibited|undesired|advisory
                                     lowest severity that fails the check (default: undesired)
  --explain                          show why each rule fired
  --purpose newsletter|transactional|doi-confirmation|system-notification
                                     the message's purpose (for .eml files)
  --sender-domain DOMAIN             your own sending domain (repeatable)
  --color, --no-color                force colours on or off (default: on for a terminal)

Options for rules:
  --format stylish|json, --locale de|en

  -h, --help      this text
  -v, --version   the version

Exit codes: 0 no violation at or above --fail-on, 1 violations at or above --fail-on,
2 bad usage, bad input (each bad field is named) or a bad pack or configuration
(validate-pack: problems found), 3 internal error,
141 output closed by its reader (e.g. | head).
`;

const de = `Aufruf: mailpolicy <Befehl> [Optionen]

Befehle:
  check <nachricht.eml|nachricht.json>   einen Versand gegen die Richtlinie prüfen
  rules                                  die Regeln mit Klausel und Schweregrad auflisten
  validate-pack <ordner>                 ein Regelpaket prüfen; jedes Problem als Datei:Zeile:Spalte

Optionen für check und rules:
  --config DATEI                         createPolicy-Optionen (packs, rules, account, locale, limits)
                                         aus mailpolicy.config.json|.js|.mjs (Standard: die erste
                                         davon im Arbeitsverzeichnis)
  --pack ORDNER|MODUL                    gegen dieses Paket prüfen: ein Ordner mit pack.json, der Name
                                         eines eingebauten Pakets, eine .js/.mjs-Datei oder ein Paket
                                         (mehrfach möglich; ersetzt das Standardpaket)
  --rule ID:off|on|SCHWEREGRAD           eine Regel ab- oder anschalten oder ihren Schweregrad
                                         ändern (mehrfach möglich)

Optionen für check:
  --recipients DATEI.csv|DATEI.jsonl     Empfänger, gestreamt (CSV: die Kopfzeile nennt die Felder,
                                         Punkt-Namen verschachteln: consent.status, signup.botScore;
                                         eine Spalte, die kein Feld ist, ist ein Eingabefehler, Exit 2)
  --ignore-column NAME                   eine CSV-Spalte auslassen, die kein Empfängerfeld ist
                                         (mehrfach möglich)
  --history DATEI.json                   die Versandhistorie
  --format stylish|json|sarif|junit      Ausgabeformat (Standard: stylish)
  --locale de|en                         Sprache der Ausgabe (Standard: aus LANG)
  --now ISO                              Prüfzeitpunkt, z. B. 2026-11-28T10:00:00Z (Standard: jetzt)
  --fail-on prohibited|undesired|advisory
                                         niedrigster Schweregrad, der die Prüfung scheitern lässt
                                         (Standard: undesired)
  --explain                              zeigen, warum jede Regel angeschlagen hat
  --purpose newsletter|transactional|doi-confirmation|system-notification
                                         Zweck der Nachricht (für .eml-Dateien)
  --sender-domain DOMAIN                 eigene Versanddomain (mehrfach möglich)
  --color, --no-color                    Farben erzwingen oder abschalten (Standard: an im Terminal)

Optionen für rules:
  --format stylish|json, --locale de|en

  -h, --help      dieser Text
  -v, --version   die Version

Exit-Codes: 0 kein Verstoß ab --fail-on, 1 Verstöße ab --fail-on,
2 falscher Aufruf, fehlerhafte Eingabe (jedes fehlerhafte Feld wird genannt) oder
fehlerhaftes Regelpaket bzw. fehlerhafte Konfiguration (validate-pack: Probleme gefunden),
3 interner Fehler, 141 Ausgabe vom Leser geschlossen (z. B. | head).
`;

export const helpText = (locale: Locale): string => (locale === 'de' ? de : en);
