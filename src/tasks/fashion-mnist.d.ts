import type { Mnist, MnistSplit } from './mnist.js';
/** The ten Fashion-MNIST class names, by label. */
export declare const FASHION_MNIST_CLASSES: readonly ["T-shirt/top", "trouser", "pullover", "dress", "coat", "sandal", "shirt", "sneaker", "bag", "ankle boot"];
/** Images per class that form the training split; the rest of each class is the test split. */
export declare const FASHION_MNIST_TRAIN_PER_CLASS = 6000;
/** Where the class files come from outside Node: a function from `'<k>.json'` to its text. */
export type FashionMnistReader = (name: string) => string;
/** Read the class files through `r` instead of the file system (undefined: back to the file system). */
export declare function setFashionMnistReader(r: FashionMnistReader | undefined): void;
/** The folder holding `0.json` … `9.json` of the installed `fashion-mnist` package. */
export declare function fashionMnistDataDir(): string;
/**
 * Loads a Fashion-MNIST split (see the module notes for the fixed split) from `dir` (default: the
 * `fashion-mnist` package's `src/clothes` folder), in the shape of {@link loadMnist}.
 */
export declare function loadFashionMnist(split: MnistSplit, dir?: string): Mnist;
