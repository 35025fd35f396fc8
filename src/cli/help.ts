import type { Locale } from '../model/index.js';

const en = `Usage: mailpolicy <command> [options]

Commands:
  check <files or globs...>          check a send against the policy: .eml, .json (a Message),
                                     .html or .txt (with --from and --subject); globs such as
                                     'campaigns/**/*.eml' are expanded (quote them)
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
  --map 'COLUMN=FIELD'               read a CSV column as a Recipient field, e.g. 'E-Mail=address'
                                     (repeatable; common CRM names such as E-Mail are read with a note)
  --history FILE.json                the sending history
  --format stylish|json|sarif|junit  output format (default: stylish)
  --locale de|en                     language of the output (default: from LANG)
  --now ISO                          evaluation date, e.g. 2026-11-28T10:00:00Z (default: now)
  --fail-on prohibited|undesired|advisory
                                     lowest severity that fails the check (default: undesired)
  --explain                          show why each rule fired
  --purpose newsletter|transactional|doi-confirmation|system-notification
                                     the message's purpose (for .eml files)
  --from ADDRESS, --subject TEXT     sender and subject of an .html or .txt file
  --sender-domain DOMAIN             your own sending domain (repeatable)
  -q, --quiet                        print only violations at or above --fail-on
  --max-warnings N                   fail (exit 1) on more than N violations below --fail-on
  --verbose                          every recipient's violations (default: the first 20, then counts)
  -o, --output-file FILE             write the report to FILE instead of stdout
  --color, --no-color                force colours on or off (default: on for a terminal)

Options for rules:
  --format stylish|json, --locale de|en

  -h, --help      this text
  -v, --version   the version

Exit codes: 0 no violation at or above --fail-on, 1 violations at or above --fail-on
(or more than --max-warnings below it),
2 bad usage, bad input (each bad field is named) or a bad pack or configuration
(validate-pack: problems found), 3 internal error,
141 output closed by its reader (e.g. | head).
`;

const de = `Aufruf: mailpolicy <Befehl> [Optionen]

Befehle:
  check <Dateien oder Globs...>          einen Versand gegen die Richtlinie prüfen: .eml, .json
                                         (eine Message), .html oder .txt (mit --from und --subject);
                                         Globs wie 'kampagnen/**/*.eml' werden aufgelöst (in Anführungszeichen)
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
                                         Namen mit Punkt bilden verschachtelte Felder: consent.status;
                                         eine Spalte, die kein Feld ist, ist ein Eingabefehler, Exit 2)
  --ignore-column NAME                   eine CSV-Spalte auslassen, die kein Empfängerfeld ist
                                         (mehrfach möglich)
  --map 'SPALTE=FELD'                    eine CSV-Spalte als Empfängerfeld lesen, z. B. 'E-Mail=address'
                                         (mehrfach möglich; übliche CRM-Namen wie E-Mail werden mit
                                         einem Hinweis gelesen)
  --history DATEI.json                   die Versandhistorie
  --format stylish|json|sarif|junit      Ausgabeformat (Standard: stylish)
  --locale de|en                         Sprache der Ausgabe (Standard: aus LANG)
  --now ISO                              Prüfzeitpunkt, z. B. 2026-11-28T10:00:00Z (Standard: jetzt)
  --fail-on prohibited|undesired|advisory
                                         niedrigster Schweregrad, der die Prüfung scheitern lässt
                                         (Standard: undesired)
  --explain                              zeigen, warum jede Regel ausgelöst wurde
  --purpose newsletter|transactional|doi-confirmation|system-notification
                                         Zweck der Nachricht (für .eml-Dateien)
  --from ADRESSE, --subject TEXT         Absender und Betreff einer .html- oder .txt-Datei
  --sender-domain DOMAIN                 eigene Versanddomain (mehrfach möglich)
  -q, --quiet                            nur Verstöße ab --fail-on ausgeben
  --max-warnings N                       scheitern (Exit 1) bei mehr als N Verstößen unter --fail-on
  --verbose                              die Verstöße jedes Empfängers (Standard: die ersten 20, dann Zahlen)
  -o, --output-file DATEI                den Bericht in DATEI schreiben statt auf stdout
  --color, --no-color                    Farben erzwingen oder abschalten (Standard: an im Terminal)

Optionen für rules:
  --format stylish|json, --locale de|en

  -h, --help      dieser Text
  -v, --version   die Version

Exit-Codes: 0 kein Verstoß ab --fail-on, 1 Verstöße ab --fail-on (oder mehr als
--max-warnings darunter),
2 falscher Aufruf, fehlerhafte Eingabe (jedes fehlerhafte Feld wird genannt) oder
fehlerhaftes Regelpaket bzw. fehlerhafte Konfiguration (validate-pack: Probleme gefunden),
3 interner Fehler, 141 Ausgabe vom Leser geschlossen (z. B. | head).
`;

export const helpText = (locale: Locale): string => (locale === 'de' ? de : en);
