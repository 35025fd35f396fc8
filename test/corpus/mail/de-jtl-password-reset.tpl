{includeMailTemplate template=header type=html}

Sie haben Ihre Zugangsdaten zu unserem Shop vergessen oder verlegt?
Kein Problem! Klicken Sie bitte den folgenden Link, um Ihr Passwort
zurückzusetzen.<br>
<br>
<a href="{$passwordResetLink}" target="_blank">{$passwordResetLink}</a><br>
<br>
Wir empfehlen Ihnen, Ihr Passwort in regelmäßigen Abständen zu ändern,
um möglichem Mißbrauch vorzubeugen.

{includeMailTemplate template=footer type=html}
