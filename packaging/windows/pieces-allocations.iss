; Inno Setup 6 script: a per-user installer for Windows that needs no administrator rights.
; Built by .github/workflows/installers.yml after the PyInstaller bundle and build\windows\app.ico:
;   iscc /DAppVersion=X.Y.Z /DAppId=io.github.... packaging\windows\pieces-allocations.iss
; Both values come from the app (gui/__init__.py and gui/desktop/appid.py); the workflow passes them on.

#ifndef AppVersion
  #error Pass the app's version: iscc /DAppVersion=X.Y.Z
#endif
#ifndef AppId
  #error Pass the app's id: iscc /DAppId=io.github.piecesallocations.PiecesAllocations
#endif
#define AppName "Pieces Allocations"
#define AppExe "pieces-allocations.exe"
#define Build SourcePath + "..\..\build\windows"

[Setup]
; The reverse-DNS id, as on Linux and macOS: it names the uninstall entry, so upgrades replace it.
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Pieces Allocations developers
VersionInfoVersion={#AppVersion}
; Per user: %LOCALAPPDATA%\Programs\Pieces Allocations, a Start menu entry of the user's own, no UAC prompt.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Files in use by a running copy are found with the Restart Manager, which offers to close it.
CloseApplications=yes
RestartApplications=no
SetupIconFile={#Build}\app.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir={#Build}
OutputBaseFilename=pieces-allocations-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "startatlogin"; Description: "Start {#AppName} when I sign in to Windows"; Flags: unchecked
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Build}\dist\pieces-allocations\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; Start at login, for this user only, in the tray: the same value the app's own "Start at login" setting
; writes (gui/desktop/autostart/windows.py), so either can turn it off; removed again on uninstall.
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: string; ValueName: "{#AppName}"; \
    ValueData: """{app}\{#AppExe}"" --tray"; Flags: uninsdeletevalue; Tasks: startatlogin

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallRun]
; Stop this user's running copy first (a tray app is easily forgotten), or its files stay locked.
Filename: "{sys}\taskkill.exe"; Parameters: "/F /T /IM {#AppExe} /FI ""USERNAME eq {username}"""; \
    Flags: runhidden; RunOnceId: "StopPiecesAllocations"
