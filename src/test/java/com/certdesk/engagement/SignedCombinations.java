package com.certdesk.engagement;

import java.util.List;

/**
 * The adversary of the confidentiality tests: adds or subtracts each figure shown at most once (over disjoint groups
 * every other combination is a multiple of one of these) and reports each result that is exactly a set of groups,
 * every group's coefficient 0 or 1 (or the group empty), with its number of people.
 */
final class SignedCombinations {

    /** What a combination worked out: so many people, from the figures combined with these signs. */
    interface Found {
        void set(long people, int[] signs);
    }

    private SignedCombinations() {
    }

    /**
     * @param atoms   people per disjoint group (teams, and people in none)
     * @param figures each figure shown, as the groups it covers (1) or not (0), per atom
     * @return how many combinations were tried
     */
    static int tryAll(long[] atoms, List<int[]> figures, Found found) {
        int total = (int) Math.pow(3, figures.size());
        for (int code = 1; code < total; code++) {
            int c = code;
            int[] signs = new int[figures.size()];
            for (int f = 0; f < figures.size(); f++) {
                signs[f] = c % 3 - 1;
                c /= 3;
            }
            long people = 0;
            boolean aSet = true;
            for (int atom = 0; atom < atoms.length && aSet; atom++) {
                int coefficient = 0;
                for (int f = 0; f < figures.size(); f++) {
                    coefficient += signs[f] * figures.get(f)[atom];
                }
                if (coefficient == 0 || coefficient == 1) {
                    people += coefficient * atoms[atom];
                } else {
                    aSet = atoms[atom] == 0;
                }
            }
            if (aSet) {
                found.set(people, signs);
            }
        }
        return total - 1;
    }
}
