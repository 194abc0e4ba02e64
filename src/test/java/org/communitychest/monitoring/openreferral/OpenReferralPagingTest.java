package org.communitychest.monitoring.openreferral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OpenReferralPagingTest {

    private static final List<Integer> ITEMS = IntStream.rangeClosed(1, 120).boxed().toList();

    @Test
    void aRequestWithoutParametersGetsTheFirstPageOfTheDefaultSize() {
        var paging = OpenReferralPaging.of(null, null);

        assertThat(paging).isEqualTo(new OpenReferralPaging(1, OpenReferralPaging.DEFAULT_PER_PAGE));
        assertThat(paging.offset()).isZero();
    }

    @Test
    void aPageLargerThanTheLargestGetsTheLargest() {
        assertThat(OpenReferralPaging.of(2, 10_000).perPage()).isEqualTo(OpenReferralPaging.MAX_PER_PAGE);
        assertThat(OpenReferralPaging.of(2, 10_000).offset()).isEqualTo(OpenReferralPaging.MAX_PER_PAGE);
    }

    @Test
    void pagesCountFromOneAndHoldAtLeastOneItem() {
        assertThatThrownBy(() -> OpenReferralPaging.of(0, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("page counts from 1");
        assertThatThrownBy(() -> OpenReferralPaging.of(1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OpenReferralPaging.of(-1, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmptyListHasNoPagesAndItsFirstPageIsAlsoItsLast() {
        var page = OpenReferralPaging.of(null, null).page(List.of());

        assertThat(page.totalItems()).isZero();
        assertThat(page.totalPages()).isZero();
        assertThat(page.size()).isZero();
        assertThat(page.firstPage()).isTrue();
        assertThat(page.lastPage()).isTrue();
        assertThat(page.empty()).isTrue();
    }

    @Test
    void theFirstMiddleAndLastPagesOf120ItemsFiftyAPage() {
        var first = OpenReferralPaging.of(1, 50).page(ITEMS);
        var middle = OpenReferralPaging.of(2, 50).page(ITEMS);
        var last = OpenReferralPaging.of(3, 50).page(ITEMS);

        assertThat(first.totalPages()).isEqualTo(3);
        assertThat(first.contents()).startsWith(1).endsWith(50).hasSize(50);
        assertThat(first.firstPage()).isTrue();
        assertThat(first.lastPage()).isFalse();
        assertThat(middle.contents()).startsWith(51).endsWith(100);
        assertThat(middle.firstPage()).isFalse();
        assertThat(middle.lastPage()).isFalse();
        assertThat(last.contents()).startsWith(101).endsWith(120);
        assertThat(last.size()).isEqualTo(20);
        assertThat(last.lastPage()).isTrue();
        assertThat(last.empty()).isFalse();
    }

    @Test
    void aListThatFillsItsPagesExactlyHasNoEmptyPageAfterThem() {
        var second = OpenReferralPaging.of(2, 60).page(ITEMS);

        assertThat(second.totalPages()).isEqualTo(2);
        assertThat(second.size()).isEqualTo(60);
        assertThat(second.lastPage()).isTrue();
    }

    @Test
    void aPageBeyondTheEndIsEmptyAndTheLast() {
        var beyond = OpenReferralPaging.of(5, 50).page(ITEMS);

        assertThat(beyond.totalItems()).isEqualTo(120);
        assertThat(beyond.totalPages()).isEqualTo(3);
        assertThat(beyond.pageNumber()).isEqualTo(5);
        assertThat(beyond.contents()).isEmpty();
        assertThat(beyond.empty()).isTrue();
        assertThat(beyond.firstPage()).isFalse();
        assertThat(beyond.lastPage()).isTrue();
        assertThat(OpenReferralPaging.of(Integer.MAX_VALUE, 200).page(ITEMS).contents()).isEmpty();
    }

    @Test
    void aPageAQueryReadTakesTheTotalFromTheQuery() {
        var paging = OpenReferralPaging.of(2, 50);
        var page = paging.page(ITEMS.subList(50, 100), 120);

        assertThat(page.totalPages()).isEqualTo(3);
        assertThat(page.contents()).startsWith(51);
        assertThatThrownBy(() -> paging.page(ITEMS.subList(50, 100), 60))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> paging.page(ITEMS.subList(0, 51), 120))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
