package vn.vungxanh.deploy;

/** An overlay that does not render, as kustomize would refuse it. */
final class RenderException extends RuntimeException {

    RenderException(String message) {
        super(message);
    }
}
