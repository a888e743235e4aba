/** Notification preferences: in the app per kind, and how often the digest comes. */
export const notify = {
  "settings.notify": "Notifications",
  "settings.notifyIntro": "Choose what shows in your notification centre and how often its unread items are e-mailed to you. Membership decisions and invitations always show.",
  "settings.inAppKinds": "Show in my notifications",
  "settings.inApp.introductions": "Introductions asked, proposed, accepted, declined or expired",
  "settings.inApp.chat": "New chat messages",
  "settings.inApp.followUps": "Follow-ups on introductions",
  "settings.inApp.events": "Events: meetings, reminders, cancellations",
  "settings.inApp.savedSearches": "New results of my saved searches",
  "settings.inApp.requests": "My requests about to expire",
  "settings.digest": "E-mail digest of unread notifications",
  "settings.digestHint": "A digest lists what you have not read in the app yet.",
  "settings.digest.off": "Never",
  "settings.digest.hourly": "Within the hour",
  "settings.digest.daily": "Once a day",
  "settings.digest.weekly": "Once a week",
};
