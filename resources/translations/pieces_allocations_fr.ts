<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ABOUT_DIALOG</name>
    <message>
        <source>About Pieces Allocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces Allocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the personal-cloud allocations of Pieces OS, and connects and disconnects them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to Pieces OS at {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a Pieces OS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No log file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ADDRESS_DIALOG</name>
    <message>
        <source>Pieces OS address</source>
        <extracomment>Emitted on OK with the normalized address, or None for &quot;find it automatically&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces OS listens on this computer, on the first free port from 39300 to 39333. The app can find it, or you can give its address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ADDRESS_PICKER</name>
    <message>
        <source>Find Pieces OS a&amp;utomatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pieces OS automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces OS address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address is not on this computer: the app will send your profile there when you connect. Use it only if you trust that machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app will read the Pieces OS port file, then try ports 39300 to 39333.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an address, for example http://127.0.0.1:39300.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address cannot be used: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app will use {address}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ALLOCATIONS_PAGE</name>
    <message>
        <source>Filter by status, URL, id, project, region…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter allocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of allocations shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n allocations</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ALLOCATION_CELLS</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status of the cloud itself; sorts the worst first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address you know your cloud by: its vanity URL, else its id URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each URL (vanity, id, base) has its own status; it can differ from the cloud&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud project the allocation lives in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud region the allocation runs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version of the cloud software.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When Pieces OS last updated the allocation; hover a cell for the exact time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vanity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces OS did not say when this allocation was updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given by Pieces OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BOOTSTRAP</name>
    <message>
        <source>Settings reset</source>
        <extracomment>How long after start this instance starts to hear later launches (they knock for 3 s). How long after the window is shown the tray host is looked for: its modules would hold the window up. How long the quit waits for work in flight to end (a request to a Pieces OS that hangs is cut short), then for the client to close: with the rest, the app is gone within 2 s of being asked. How long tasks still left after the clean-up (none, normally) get to end before the loop closes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CLOUD_OPERATION_DIALOG</name>
    <message>
        <source>No allocation is selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a create request for {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a delete request for {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create allocation (advanced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete allocation (advanced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a cloud-side operation. Pieces OS documents this as used only within the cloud; a local Pieces OS is expected to refuse it. The answer is shown below as Pieces OS gave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send create request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send delete request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer from Pieces OS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer from Pieces OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an allocation in the table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the create request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the delete request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped waiting. Pieces OS may still act on the request; the allocations table will show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces OS accepted the request. Its answer is shown above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP {status}
{text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces OS refused the request (HTTP {status}). Its answer is shown above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CLOUD_WATCH</name>
    <message>
        <source>Pieces OS no longer lists this cloud: it was disconnected or removed while this window was open.</source>
        <extracomment>The cloud&apos;s status changed, or it vanished from the list, since the dialog opened.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its status changed to {word} while this window was open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CONNECT_DIALOG</name>
    <message>
        <source>Connect your cloud</source>
        <extracomment>Emitted after each check of who is signed in, with the UserProfile or None.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect your personal cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces OS starts your personal cloud and links it to this computer. This usually takes 10 to 15 seconds, sometimes longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again who is signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking who is signed in to Pieces OS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking who is signed in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped waiting. Pieces OS may still finish connecting your cloud; the allocations table will show the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email: {email}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username: {username}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in to Pieces OS.
Connecting needs a signed-in user: the cloud belongs to that user. Open Pieces Desktop or the Pieces OS menu and sign in, then press Check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not tell who is signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped checking who is signed in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CRASH_WINDOW</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside Pieces Allocations. The app keeps running, but what you were doing may not have finished: try it again. If it happens again, copy the details and send them with your report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DETAILS_PANE</name>
    <message>
        <source>Allocation details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an allocation to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated, in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DISCONNECT_DIALOG</name>
    <message>
        <source>Disconnect cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect {url}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces OS will stop using this cloud, and it will not sync until it is connected again. You can connect it again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped waiting. Pieces OS may still disconnect the cloud; the allocations table will show the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces OS disconnected cloud {uuid}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces OS disconnected the cloud (its answer named no cloud).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FOLLOW_DIALOG</name>
    <message>
        <source>Cloud status: {word}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your cloud is connected at {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud failed to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces OS answered, but the cloud&apos;s status is {word}. The allocations table will show it when it changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces OS gave up waiting for the cloud to answer (HTTP 504). The cloud may still come up: refresh in a minute, or try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud failed to connect. Pieces OS said: &quot;{text}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a minute. If it keeps failing, check this computer&apos;s internet connection and restart Pieces OS.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FORMATTING</name>
    <message>
        <source>in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HELP_ACTIONS</name>
    <message>
        <source>The log folder could not be opened; it is {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics copied: paste them into your report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HISTORY_PANEL</name>
    <message>
        <source>All incidents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every cloud&apos;s incidents and your operations, to filter and export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the last {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n earlier</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No incidents in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded for this cloud yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not watched since {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} for {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} since {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime: not known, nobody watched it in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime {percent} % of {watched} watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, not counting {duration} you had it disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} at {time}, {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, by you</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HISTORY_STRIP</name>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}
{start} – {end} ({duration})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You disconnected it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HISTORY_WINDOW</name>
    <message>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 400 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents and operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clouds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{operation}: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cloud}: uptime {uptime}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the status history?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every recorded status, incident and operation is forgotten. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HOST_BANNER</name>
    <message>
        <source>GNOME shows tray icons only with the “AppIndicator and KStatusNotifierItem Support” extension (package gnome-shell-extension-appindicator). Install and turn it on to keep Pieces Allocations in the tray; until then it runs as this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system tray has gone, so Pieces Allocations shows its window. Its icon comes back when the tray does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the system tray</source>
        <extracomment>The user asked never to see this message again.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t show again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MAIN_WINDOW</name>
    <message>
        <source>Pieces Allocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MENU</name>
    <message>
        <source>wait: connecting now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait: reconnecting now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait: disconnecting now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait: creating now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait: deleting now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open my personal cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open personal cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OPERATION_DIALOG</name>
    <message>
        <source>Working</source>
        <extracomment>Emitted once the operation has ended, with its Outcome.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside Pieces Allocations. Details are in the log file (Help &gt; About shows where); please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PRESENTATION</name>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown ({status})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RECONNECT_DIALOG</name>
    <message>
        <source>Reconnect cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect {url}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces OS will try to bring this cloud back up. This usually takes 10 to 15 seconds, sometimes longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its status when last read: {word}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped waiting. Pieces OS may still finish reconnecting the cloud; the allocations table will show the result.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SETTINGS_DIALOG</name>
    <message>
        <source>Settings</source>
        <extracomment>Finds Pieces OS at an address (None: automatically) and says what answered; raises PiecesError. Emitted on OK, after saving, with (new SettingsValues, previous SettingsValues).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the Pieces OS address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIECES_OS_URL is set to {url}: the app uses that address, not the one above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;notifications when a cloud&apos;s status changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;in the tray, with the window hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at &amp;login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language shows the next time the app starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at login problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick the box to keep things as they are, or Cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Pieces OS at {where}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test failed unexpectedly. The log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every {n:g} seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every {n:g} minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>STALE_BANNER</name>
    <message>
        <source>Stale data warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retr&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry the refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing data from {age}. {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing data from {age}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>STATE_PANEL</name>
    <message>
        <source>Connection state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a&amp;ddress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the de&amp;mo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for Pieces OS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found Pieces OS at {address}; waiting for it to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the allocations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces OS answered at {address}; waiting for the list of clouds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for Pieces OS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Pieces OS answered at any of these addresses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that Pieces OS is running, then press Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces OS is not reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Retry; if it keeps failing, restart Pieces OS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces OS answered with an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces OS is updating its data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is running but not ready yet. This usually takes a minute or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Retry in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces OS needs an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of Pieces OS asked to be updated before it answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update Pieces OS (from Pieces Desktop or pieces.app), then press Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in to Pieces OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Pieces Desktop, or the Pieces OS menu in the system tray, and sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then press Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cloud yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in as {name} but have no cloud yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect sets up your personal cloud; it can take a minute.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>STATUS_BAR</name>
    <message>
        <source>Status bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces OS address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces OS version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces OS health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for Pieces OS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Pieces OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces OS at {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (maybe not yours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was found: {how}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version Pieces OS reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in from Pieces Desktop or the Pieces OS menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health: no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces OS did not answer its health check: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health: unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health: Migrating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health: OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces OS health check said: {said}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale — last updated {age}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated {age}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TOOLTIP</name>
    <message>
        <source>{status} for {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} since {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces Allocations: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not up to date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(yours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing fails: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>URL_ROW</name>
    <message>
        <source>Vanity URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the {name} URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the {name} URL in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only http and https addresses can be opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WINDOW_ACTIONS</name>
    <message>
        <source>Change Pieces OS &amp;address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the address of the Pieces OS to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces OS address, refresh, notifications, start at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to the built-in demo Pieces OS, with made-up allocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Pieces OS for the allocations now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every &amp;5 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every &amp;15 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every &amp;minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 5 m&amp;inutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every cloud&apos;s incidents and your operations, to filter and export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the allocations by any text they show, their URLs or ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect the signed-in user&apos;s personal cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect the selected cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect the selected cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy personal URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected cloud&apos;s personal URL to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected cloud&apos;s personal URL in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cloud-side operation: a local Pieces OS does not implement it and answers with an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate allocation… (cloud-side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete allocation… (cloud-side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the app&apos;s log files, to send with a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy versions, settings and recent errors (nothing of your profile) for a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Pieces Allocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh &amp;automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad&amp;vanced (cloud-side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WORDING</name>
    <message>
        <source>Pieces OS is migrating its data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces OS needs an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for Pieces OS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for Pieces OS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the allocations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No personal cloud yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in to Pieces OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces OS is not reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces OS answers with an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces OS: looking for it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces OS: not found yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces OS at {url}: not reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces OS at {url}: answers with an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces OS at {url}: needs an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces OS at {url}: migrating its data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces OS {version} at {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces OS at {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system tray was found, so Pieces Allocations runs as a window. On GNOME, the AppIndicator extension adds a tray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces Allocations keeps watching your cloud from the tray. Click the icon to open the window; choose Quit in its menu to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your personal cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal cloud connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal cloud failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} could not connect. Choose Reconnect in the tray menu to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal cloud disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} was disconnected. Choose Reconnect in the tray menu to connect it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces OS stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces OS at {address} is not answering. Start Pieces OS; this app finds it again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces OS is running again at {address}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces OS is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} is connecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} has failed: choose Reconnect in the tray menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} is disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state of {url} is not known yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
