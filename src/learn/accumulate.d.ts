export declare class GradientSum<T> {
    private flat;
    private leafwise;
    private shapes;
    private def;
    add(g: T): void;
    private unflattenFlat;
    /** The sum, shaped like `like` (zeros when nothing was added). */
    result(like: T): T;
}
