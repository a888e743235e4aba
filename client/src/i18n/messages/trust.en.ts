/** E-mail confirmation and invitations. */
export const trust = {
  "confirm.banner": "Please confirm your e-mail address: open the link we sent you. Until then you can look around but not post.",
  "confirm.resend": "Send the link again",
  "confirm.resent": "A new confirmation link is on its way.",
  "confirm.title": "Confirm your e-mail address",
  "confirm.code": "Confirmation code",
  "confirm.submit": "Confirm",
  "confirm.done": "Thank you, your e-mail address is confirmed.",
  "invitations.title": "Invitations",
  "invitations.none": "You have no pending invitations.",
  "invitations.intro": "{org} invites you to join as {role}.",
  "invitations.accept": "Accept",
  "invitations.decline": "Decline",
  "invitations.accepted": "You are now a member of {org}.",
  "invitations.declined": "Invitation declined.",
  "invitations.confirmFirst": "Confirm your e-mail address to see invitations sent to it.",
};
