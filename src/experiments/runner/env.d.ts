/** The package root: three levels up from both src/experiments/runner and dist/experiments/runner. */
export declare const packageRoot: string;
/** The package version from package.json. */
export declare function packageVersion(): string;
export interface EnvironmentInfo {
    readonly looplab: string;
    readonly node: string;
    readonly platform: string;
    readonly arch: string;
    readonly cpu: string;
    readonly cpus: number;
    readonly memoryGiB: number;
    readonly device: string;
    /** The commit of the looplab checkout, when it is a git checkout and git is installed. */
    readonly gitCommit: string | null;
}
export declare function environmentInfo(device: string): EnvironmentInfo;
