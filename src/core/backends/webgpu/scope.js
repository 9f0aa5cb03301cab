export class Scope {
    entries = [];
    add(tensor, buffer) {
        this.entries.push({ tensor, buffer });
    }
}
const stack = [];
export function currentScope() {
    return stack.length ? stack[stack.length - 1] : undefined;
}
export function pushScope() {
    const s = new Scope();
    stack.push(s);
    return s;
}
export function popScope(s) {
    const top = stack.pop();
    if (top !== s)
        throw new Error('scope: scopes must be closed in the order they were opened');
}
//# sourceMappingURL=scope.js.map