/** Patterns shared by the schemas and the issue codes that recognise them. */
export const OBJECT_ID_PATTERN = /^[a-f0-9]{24}$/i;
export const PHONE_PATTERN = /^\+?[0-9 ()-]{6,24}$/;
