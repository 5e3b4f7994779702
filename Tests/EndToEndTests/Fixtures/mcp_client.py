"""Drives `docket mcp` with the official Python MCP SDK, as an MCP client would.

Usage: python3 mcp_client.py DOCKET_BINARY PROJECT_DIR

Starts the server over stdio in PROJECT_DIR, lists its tools, and calls every one of them at
least once: files issues, lists, searches, shows, updates, comments on, links, claims, releases,
closes and reopens them, lists templates and runs doctor. Each successful result's
structuredContent is validated against the tool's outputSchema with jsonschema. Also reads the
prime prompt. Prints one JSON line of what it saw; exits 1 on a failed check and 3 when the
`mcp` or `jsonschema` module is not installed (.ci/setup installs them).
"""

import asyncio
import json
import os
import sys

try:
    import jsonschema
    from mcp import ClientSession, StdioServerParameters
    from mcp.client.stdio import stdio_client
except ImportError as error:
    print(f"the Python MCP SDK or jsonschema is not installed ({error}); `python3 -m pip install mcp jsonschema`, as .ci/setup does", file=sys.stderr)
    sys.exit(3)

# The output schema of each tool, by name, from tools/list; the tools called so far.
SCHEMAS = {}
CALLED = set()
VALIDATED = set()


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
    """Calls a tool, checks whether it failed as expected and, when it did not, that its
    structured content validates against its output schema; returns that content and the text."""
    result = await session.call_tool(name, arguments)
    CALLED.add(name)
    is_error = bool(field(result, "is_error", "isError"))
    text = texts(result)
    check(is_error == expect_error, f"{name} {arguments}: isError={is_error}: {text}")
    structured = field(result, "structured_content", "structuredContent")
    if not is_error:
        check(structured is not None, f"{name} returned no structuredContent")
        try:
            jsonschema.validate(structured, SCHEMAS[name])
        except jsonschema.ValidationError as error:
            check(False, f"{name}: structuredContent does not match outputSchema: {error.message}")
        VALIDATED.add(name)
    return structured or {}, text


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
                check(schema.get("type") == "object" and schema.get("properties") is not None, f"{tool.name} has no input schema")
                output = field(tool, "output_schema", "outputSchema")
                check(output is not None and output.get("type") == "object", f"{tool.name} has no output schema")
                jsonschema.Draft202012Validator.check_schema(output)
                SCHEMAS[tool.name] = output

            created, _ = await call(session, "create", {"title": "Login fails on Safari", "labels": ["bug"], "priority": "high"})
            key = created["key"]
            seen["created"] = {name: created.get(name) for name in ("key", "title", "labels", "state")}
            other, _ = await call(session, "create", {"title": "Release notes", "body": "Waits on the fix."})
            seen["other"] = other["key"]

            listed, _ = await call(session, "list", {"labels": ["bug"]})
            seen["listedByLabel"] = [issue["key"] for issue in listed["issues"]]
            found, _ = await call(session, "search", {"query": "Safari"})
            seen["searched"] = [issue["key"] for issue in found["issues"]]

            await call(session, "update", {"id": key, "add_labels": ["ui"]})
            await call(session, "comment", {"id": key, "body": "Reproduced on 17.2."})
            shown, _ = await call(session, "show", {"id": key})
            seen["shownComments"] = [comment["body"] for comment in shown["comments"]]
            seen["shownLabels"] = shown["labels"]

            await call(session, "dep", {"action": "add", "id": other["key"], "blocked_by": [key]})
            blocked, _ = await call(session, "blocked", {})
            seen["blocked"] = [issue["key"] for issue in blocked["issues"]]
            ready, _ = await call(session, "ready", {})
            seen["ready"] = [issue["key"] for issue in ready["issues"]]

            nxt, _ = await call(session, "next", {"claim": True})
            seen["nextClaimed"] = nxt["issue"]["key"] if nxt["issue"] else None
            await call(session, "unclaim", {"id": nxt["issue"]["key"]})
            await call(session, "claim", {"id": key})
            released, _ = await call(session, "unclaim", {"id": key})
            seen["releasedAssignee"] = released["assignee"]

            closed, _ = await call(session, "close", {"id": key, "reason": "fixed"})
            seen["closedStates"] = [issue["state"] for issue in closed["issues"]]
            reopened, _ = await call(session, "reopen", {"id": key})
            seen["reopenedStates"] = [issue["state"] for issue in reopened["issues"]]
            await call(session, "close", {"ids": [key]})

            after, _ = await call(session, "list", {"labels": ["bug"]})
            seen["listedAfterClose"] = [issue["key"] for issue in after["issues"]]

            templates, _ = await call(session, "templates", {})
            seen["templates"] = [template["name"] for template in templates["templates"]]
            doctor, _ = await call(session, "doctor", {})
            seen["problems"] = doctor["problems"]

            _, text = await call(session, "show", {"id": "../../etc/passwd"}, expect_error=True)
            seen["pathAsIdRefused"] = "not an issue ID" in text

            prompts = (await session.list_prompts()).prompts
            seen["prompts"] = [prompt.name for prompt in prompts]
            guide = await session.get_prompt("prime")
            seen["primeMentionsReady"] = "docket ready" in guide.messages[0].content.text

            seen["uncalledTools"] = sorted(set(SCHEMAS) - CALLED)
            seen["unvalidatedTools"] = sorted(set(SCHEMAS) - VALIDATED)
    return seen


def main():
    if len(sys.argv) != 3:
        print("usage: mcp_client.py DOCKET_BINARY PROJECT_DIR", file=sys.stderr)
        sys.exit(2)
    seen = asyncio.run(asyncio.wait_for(run(sys.argv[1], sys.argv[2]), timeout=60))
    print(json.dumps(seen, sort_keys=True))


if __name__ == "__main__":
    main()
