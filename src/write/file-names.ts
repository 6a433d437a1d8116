/**
 * Windows device names, which no file may be called, not even with an extension (`nul.docx`, `COM1.yaml`): CON, PRN,
 * AUX, NUL, COM0–COM9, LPT0–LPT9, and COM/LPT followed by a superscript ¹ ² ³ (Win32 reads those as digits).
 * Microsoft's list: https://learn.microsoft.com/windows/win32/fileio/naming-a-file#naming-conventions
 * Refusing COM0/LPT0, which some Windows versions allow, costs nothing and keeps a name safe on all of them.
 */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/** Whether Windows reserves this file name (compared without case, with or without an extension). */
export const isWindowsReserved = (name: string): boolean => WINDOWS_RESERVED.test(name);
