"""The HTTP gateway: REST → gRPC transcoding from google.api.http rules."""
