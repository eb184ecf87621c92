package org.callup.viz.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.callup.viz.charts.RunHistory.PostRef;
import org.junit.jupiter.api.Test;

class PostSelectionTest {
    @Test
    void theBusiestPostsComeFirstAndKeepTheirColourWhateverTheirRank() {
        SyntheticHistory h = new SyntheticHistory(30, 12); // post p<i> carries 1/(1+i) of the traffic

        List<PostRef> top = PostSelection.busiest(h, 3);

        assertEquals(List.of("p0", "p1", "p2"), top.stream().map(PostRef::id).toList());
        assertEquals(
                PostSelection.colour(h, h.posts().get(5)),
                PostSelection.colour(h, h.posts().get(5)));
        assertNotEquals(PostSelection.colour(h, top.get(0)), PostSelection.colour(h, top.get(1)));
    }

    @Test
    void fewerPostsThanAskedForAreAllShown() {
        assertEquals(2, PostSelection.busiest(new SyntheticHistory(5, 2), 7).size());
    }

    @Test
    void legendLabelsAreTheRussianSideOfTheName() {
        assertEquals("Upper Lars", PostLabels.shortName("Upper Lars (RU) - Dariali/Larsi (GE)"));
        assertEquals("Kazakhstan", PostLabels.shortName("Kazakhstan, all road/rail posts"));
        assertEquals("Russia-Belarus border", PostLabels.shortName("Russia-Belarus border (no controls)"));
        assertEquals("Upper lars", PostLabels.fromId("upper_lars"));
    }
}
