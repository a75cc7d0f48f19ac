package vn.vungxanh.simulator;

import vn.vungxanh.events.AdminUnits;
import vn.vungxanh.events.VenueType;

/** Names a person would recognise, in Vietnamese. */
final class VenueNames {

    private VenueNames() {
    }

    static String name(VenueType type, AdminUnits.Ward ward, int index) {
        String place = ward.name().replaceFirst("^(Phường|Xã|Thị trấn) ", "");
        return switch (type) {
            case MARKET -> "Chợ " + place + (index == 0 ? "" : " " + (index + 1));
            case CONVENIENCE_STORE -> "Cửa hàng tiện ích " + place + " số " + (index + 1);
            case SUPERMARKET -> "Siêu thị " + place;
            case SHOPPING_CENTER -> "Trung tâm thương mại " + place;
            case RESTAURANT -> "Quán ăn " + place + " số " + (index + 1);
            case OFFICE -> "Văn phòng UBND " + ward.name();
            case CLINIC -> "Trạm y tế " + ward.name();
            case SCHOOL -> "Trường tiểu học " + place;
            case RELIGIOUS_SITE -> "Chùa " + place;
            case OTHER -> "Nhà văn hoá " + place;
        };
    }
}
