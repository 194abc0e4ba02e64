package org.communitychest.place;

public record NeedCategoryInfo(long id, String code, String label, String snomedCode, boolean retired) {
}
