/** Field problems in the user's words (one per issue code), plural forms, and the pages added for every path. */
export const paths = {
  "issue.required": "Please fill this in.",
  "issue.too_short": "Please use at least {minimum} characters.",
  "issue.too_long": "Please use at most {maximum} characters.",
  "issue.too_few": "Please choose at least {minimum}.",
  "issue.too_many": "Please choose at most {maximum}.",
  "issue.too_small": "Please enter {minimum} or more.",
  "issue.too_big": "Please enter {maximum} or less.",
  "issue.invalid_type": "Please enter a valid value.",
  "issue.invalid_option": "Please choose one of the options.",
  "issue.invalid_email": "Please enter an e-mail address such as name@example.org.",
  "issue.invalid_url": "Please enter a web address starting with http:// or https://.",
  "issue.invalid_phone": "Please enter a phone number such as +86 10 6275 1234.",
  "issue.invalid_id": "This link or reference is not valid.",
  "issue.invalid_date": "Please enter a valid date.",
  "issue.invalid_format": "Please check the format.",
  "issue.unknown_field": "This field is not expected here.",
  "issue.password_weak": "Please use letters and digits.",
  "issue.date_in_past": "Please choose a date in the future.",
  "issue.range_order": "This must not be below the minimum.",
  "issue.same_org": "Please choose another organization.",
  "issue.no_change": "Nothing has changed yet.",
  "issue.wrong_password": "This is not your current password.",
  "issue.no_such_record": "This no longer exists.",
  "issue.not_approved": "This organization is not approved yet.",
  "issue.wrong_kind": "This does not fit this kind of organization.",
  "issue.password_mismatch": "The two passwords do not match.",
  "form.otherField": "Form",
  "issue.invalid": "Please check this value.",
};

/** English plural forms (Intl.PluralRules categories) of keys that take a {count}; "other" is the key itself. */
export const plurals = {
  "chat.unreadCount#one": "{count} unread message",
  "import.run#one": "Import {count} valid row",
};
