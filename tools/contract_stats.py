"""Print the size of the contract: services, RPCs, events and messages per context."""

from __future__ import annotations

import importlib
import pkgutil
from collections import Counter

import ventros
from ventros.common.v1 import options_pb2


def main() -> None:
    counts: Counter[tuple[str, str]] = Counter()
    for info in pkgutil.walk_packages(ventros.__path__, prefix="ventros."):
        if not info.name.endswith("_pb2"):
            continue
        file = importlib.import_module(info.name).DESCRIPTOR
        context = file.package.split(".")[1]
        for service in file.services_by_name.values():
            counts[context, "services"] += 1
            counts[context, "rpcs"] += len(service.methods)
            counts[context, "streaming rpcs"] += sum(m.server_streaming for m in service.methods)
        for message in file.message_types_by_name.values():
            counts[context, "messages"] += 1
            if message.GetOptions().Extensions[options_pb2.event_routing_key]:
                counts[context, "events"] += 1
    kinds = ["services", "rpcs", "streaming rpcs", "events", "messages"]
    contexts = sorted({c for c, _ in counts})
    print(f"{'context':<12}" + "".join(f"{k:>16}" for k in kinds))
    for context in [*contexts, "total"]:
        row = [
            sum(v for (c, k), v in counts.items() if k == kind and context in (c, "total"))
            for kind in kinds
        ]
        print(f"{context:<12}" + "".join(f"{n:>16}" for n in row))


if __name__ == "__main__":
    main()
