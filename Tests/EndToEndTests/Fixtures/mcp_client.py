"""Drives `docket mcp` with the official Python MCP SDK, as an MCP client would.

Usage: python3 mcp_client.py DOCKET_BINARY PROJECT_DIR

Starts the server over stdio in PROJECT_DIR, lists its tools, files an issue with a label,
lists by that label, claims the issue (when the claim command exists), closes it, and checks
that the closed issue has left the open list. Prints one JSON line of what it saw; exits 1 on
a failed check and 3 when the `mcp` module is not installed (.ci/run installs it).
"""

import asyncio
import json
import os
import sys

try:
    from mcp import ClientSession, StdioServerParameters
    from mcp.client.stdio import stdio_client
except ImportError as error:
    print(f"the Python MCP SDK is not installed ({error}); `python3 -m pip install mcp`, as .ci/run does", file=sys.stderr)
    sys.exit(3)


def field(value, snake, camel):
    """Reads a result field under its SDK 2 name or its SDK 1 name."""
    return getattr(value, snake, None) if hasattr(value, snake) else getattr(value, camel, None)


def check(condition, message):
    """Stops the run with exit status 1 when a check fails."""
    if not condition:
        print(f"check failed: {message}", file=sys.stderr)
        sys.exit(1)


def texts(result):
    """The text blocks of a tool result, joined."""
    return " | ".join(block.text for block in result.content if getattr(block, "type", "") == "text")


async def call(session, name, arguments, expect_error=False):
    """Calls a tool, checks whether it failed as expected, returns its structured content and text."""
    result = await session.call_tool(name, arguments)
    is_error = bool(field(result, "is_error", "isError"))
    text = texts(result)
    check(is_error == expect_error, f"{name} {arguments}: isError={is_error}: {text}")
    return field(result, "structured_content", "structuredContent") or {}, text


async def run(docket, project):
    environment = dict(os.environ, DOCKET_ACTOR="mcp-client")
    server = StdioServerParameters(command=docket, args=["mcp"], cwd=project, env=environment)
    seen = {}
    async with stdio_client(server) as streams:
        async with ClientSession(streams[0], streams[1]) as session:
            initialized = await session.initialize()
            seen["protocolVersion"] = field(initialized, "protocol_version", "protocolVersion")
            seen["serverName"] = field(initialized, "server_info", "serverInfo").name

            tools = (await session.list_tools()).tools
            seen["tools"] = sorted(tool.name for tool in tools)
            for tool in tools:
                schema = field(tool, "input_schema", "inputSchema")
                check(schema.get("type") == "object" and schema.get("properties"), f"{tool.name} has no input schema")

            created, _ = await call(session, "create", {"title": "Login fails on Safari", "labels": ["bug"], "priority": "high"})
            key = created["key"]
            seen["created"] = {name: created.get(name) for name in ("key", "title", "labels", "state")}

            listed, _ = await call(session, "list", {"labels": ["bug"]})
            seen["listedByLabel"] = [issue["key"] for issue in listed["issues"]]

            claimed = await session.call_tool("claim", {"id": key})
            claim_error = bool(field(claimed, "is_error", "isError"))
            text = texts(claimed)
            if claim_error and "unknown command 'claim'" in text:
                seen["claim"] = "unavailable"
            else:
                check(not claim_error, f"claim failed: {text}")
                seen["claim"] = "ok"

            closed, _ = await call(session, "close", {"id": key, "reason": "fixed"})
            seen["closedStates"] = [issue["state"] for issue in closed["issues"]]

            after, _ = await call(session, "list", {"labels": ["bug"]})
            seen["listedAfterClose"] = [issue["key"] for issue in after["issues"]]

            _, text = await call(session, "show", {"id": "../../etc/passwd"}, expect_error=True)
            seen["pathAsIdRefused"] = "not an issue ID" in text
    return seen


def main():
    if len(sys.argv) != 3:
        print("usage: mcp_client.py DOCKET_BINARY PROJECT_DIR", file=sys.stderr)
        sys.exit(2)
    seen = asyncio.run(asyncio.wait_for(run(sys.argv[1], sys.argv[2]), timeout=60))
    print(json.dumps(seen, sort_keys=True))


if __name__ == "__main__":
    main()
