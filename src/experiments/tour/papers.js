/**
 * The nine papers looplab reproduces, as the tour names them. Ids follow docs and PAPERS.md
 * (P1 … P9); the order is the tour's (memory, online learning, in-context learning, equilibrium,
 * meta-learning, alignment).
 */
export const PAPER_IDS = ['P1', 'P4', 'P2', 'P3', 'P6', 'P7', 'P9', 'P8', 'P5'];
export const PAPERS = {
    P1: {
        id: 'P1',
        title: 'Recurrent neural networks: vanishing and exploding gradients are not the end of the story',
        claim: "As a recurrent network's memory grows, its output becomes ever more sensitive to its parameters, even without exploding gradients (the curse of memory); diagonal recurrence with input normalisation and a careful parametrisation keeps it in check.",
    },
    P4: {
        id: 'P4',
        title: 'Online learning of long-range dependencies',
        claim: 'In networks of independent (diagonal) recurrent modules, exact real-time recurrent learning inside each layer, with backpropagation across layers at each time step, learns long-range dependencies about as well as BPTT.',
    },
    P2: {
        id: 'P2',
        title: 'Uncovering mesa-optimization algorithms in Transformers',
        claim: 'Autoregressive Transformers trained on sequences from linear dynamical systems learn, in their forward pass, gradient-based optimisation of an internal least-squares objective; the mesa-layer solves it exactly in context.',
    },
    P3: {
        id: 'P3',
        title: 'Gated recurrent neural networks discover attention',
        claim: 'Linear recurrent layers connected by multiplicative gating can implement linear self-attention exactly, and gradient descent finds that solution.',
    },
    P6: {
        id: 'P6',
        title: 'The least-control principle for local learning at equilibrium',
        claim: 'Learning can be cast as steering an equilibrium system to a solution with the least control; the resulting updates are local and match the gradient when the control is small.',
    },
    P7: {
        id: 'P7',
        title: 'Beyond backpropagation: bilevel optimization through implicit differentiation and equilibrium propagation',
        claim: 'Implicit differentiation and equilibrium propagation compute the gradient of bilevel problems; the equilibrium-propagation estimators converge to it at first (one-sided) or second (symmetric) order in the nudging strength.',
    },
    P9: {
        id: 'P9',
        title: 'A contrastive rule for meta-learning',
        claim: 'Meta-gradients can be estimated by running the learning process twice, free and nudged, and contrasting the two outcomes, with controlled error.',
    },
    P8: {
        id: 'P8',
        title: 'Learning where to learn: gradient sparsity in meta and continual learning',
        claim: 'Meta-learning which weights the inner loop may change (a binary mask, next to the initialisation) improves few-shot generalisation and reduces interference.',
    },
    P5: {
        id: 'P5',
        title: 'Random initialisations performing above chance and how to find them',
        claim: 'Networks trained from different random initialisations can be permuted so that the straight line between them has no loss barrier; averaging permuted random initialisations gives a network above chance before any training.',
    },
};
//# sourceMappingURL=papers.js.map