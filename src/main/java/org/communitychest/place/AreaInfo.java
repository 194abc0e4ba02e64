package org.communitychest.place;

public record AreaInfo(long id, AreaType type, String code, String name, String parentCode, Integer imdDecile) {
}
