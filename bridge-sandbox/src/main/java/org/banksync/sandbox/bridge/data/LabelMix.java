package org.banksync.sandbox.bridge.data;

import java.util.List;
import java.util.SplittableRandom;

/** A weighted choice among labels, the statistical make-up of one kind of account. */
public final class LabelMix {

    /** A group of labels sharing a weight. */
    record Group(int weight, List<Label> labels) {
    }

    private final List<Group> groups;
    private final int totalWeight;

    LabelMix(List<Group> groups) {
        this.groups = List.copyOf(groups);
        this.totalWeight = groups.stream().mapToInt(Group::weight).sum();
    }

    public Label pick(SplittableRandom rng) {
        int ticket = rng.nextInt(totalWeight);
        for (Group group : groups) {
            if (ticket < group.weight()) {
                return group.labels().get(rng.nextInt(group.labels().size()));
            }
            ticket -= group.weight();
        }
        throw new IllegalStateException("weights do not add up");
    }
}
