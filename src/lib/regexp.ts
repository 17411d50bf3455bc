/** Text to be matched literally inside a regular expression (a word list, a file name, a path). */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
