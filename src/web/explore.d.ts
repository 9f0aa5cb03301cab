/** P1: moments against memory, and the landscape, from the closed forms. */
export declare function exploreP1(app: HTMLElement): void;
/** P3: the exact construction, checked on a random sequence. */
export declare function exploreP3(app: HTMLElement): void;
